package nl.werkmap.security;

import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES/GCM ciphers one key uses, cached so that opening 150,000 fields does not look a cipher up per field. They
 * belong to the key ({@link AesKey}), not to the threads: an initialised JDK cipher holds its own expanded copy of
 * the key (and GCM a copy of the key bytes), so a per-thread cache would keep the data key in every worker thread
 * after the vault locks. Here {@link #drop()} takes every idle cipher away, re-initialises it with a throwaway key so
 * its copy is replaced, and forgets it; a cipher in use when that happens is dropped the same way when it is given
 * back. After that nothing in this package refers to a cipher that ever held the key.
 *
 * <p>A few slots, picked by thread id, each holding at most one idle cipher: borrowing is one atomic swap, and
 * threads rarely meet in a slot. A thread that finds its slot empty makes a new cipher.
 */
final class KeyCiphers {

    private static final int SLOTS = Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors())) * 4;

    private final AtomicReferenceArray<Cipher> slots = new AtomicReferenceArray<>(SLOTS);
    private volatile boolean dropped;

    /** A cipher for this key's thread-safe use until {@link #giveBack}; not yet initialised with the key. */
    Cipher borrow() {
        Cipher idle = slots.getAndSet(slot(), null);
        return idle != null ? idle : newCipher();
    }

    /** Returns a borrowed cipher for reuse, or wipes and forgets it when the key was destroyed meanwhile. */
    void giveBack(Cipher cipher) {
        int slot = slot();
        if (dropped || !slots.compareAndSet(slot, null, cipher)) {
            if (dropped) {
                overwrite(cipher);
            }
            return;
        }
        if (dropped) { // drop() ran between the check and the put: take it out again
            Cipher again = slots.getAndSet(slot, null);
            if (again != null) {
                overwrite(again);
            }
        }
    }

    /** Wipes and forgets every idle cipher; ciphers in use follow when they are given back. */
    void drop() {
        dropped = true;
        for (int i = 0; i < SLOTS; i++) {
            Cipher idle = slots.getAndSet(i, null);
            if (idle != null) {
                overwrite(idle);
            }
        }
    }

    private static int slot() {
        return (int) Thread.currentThread().getId() & (SLOTS - 1);
    }

    /**
     * Replaces the key schedule a cipher derived from the real key by one from a key of zeroes, so even a reference
     * kept elsewhere (none should be) would find no trace of the data key.
     */
    private static void overwrite(Cipher cipher) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[32], "AES"),
                    new GCMParameterSpec(AesGcm.TAG_BYTES * 8, AesGcm.randomBytes(AesGcm.NONCE_BYTES)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused a key of zeroes; the cipher is dropped anyway", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no AES/GCM; Werkmap cannot run without it", e);
        }
    }
}
