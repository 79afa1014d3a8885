package nl.werkmap.security;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a 12-byte random nonce and a 128-bit tag, for the keyring and for sealed fields. Short values
 * (up to {@link ShortGcm#LIMIT} bytes of associated data and text) go through {@link ShortGcm}, which keeps the
 * per-key set-up the JDK's GCM redoes for every value; longer ones through the JDK's GCM. Ciphers are
 * cached by the key they work with ({@link KeyCiphers}, dropped when the key is destroyed) and each thread keeps its
 * own DRBG, because looking ciphers up per call and sharing one random source between threads were the costs that
 * showed up when a caseload of 150,000 rows is opened. Nonces come from a per-thread
 * block of DRBG output, since asking the DRBG for 12 bytes per seal cost about a fifth of the sealing rate in
 * {@code UnlockBench}; nonces are public, so keeping a block of them ready reveals nothing. Keys and salts are drawn from the DRBG directly.
 */
final class AesGcm {

    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(AesGcm::newRandom);
    private static final ThreadLocal<NonceBlock> NONCES = ThreadLocal.withInitial(NonceBlock::new);

    private AesGcm() {
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.get().nextBytes(bytes);
        return bytes;
    }

    /** Writes a fresh random nonce into {@code out} at {@code offset}. */
    static void nextNonce(byte[] out, int offset) {
        NONCES.get().next(out, offset);
    }

    /** Writes {@code ciphertext+tag} of {@code plaintext} into {@code out} at {@code outOffset}; returns bytes written. */
    static int encrypt(AesKey key, byte[] nonce, int nonceOffset, byte[] aad, byte[] plaintext, byte[] out,
            int outOffset) {
        if (ShortGcm.fits(aad.length, plaintext.length)) {
            ShortGcm gcm = key.shortGcms().borrow();
            try {
                return gcm.encrypt(nonce, nonceOffset, aad, plaintext, out, outOffset);
            } finally {
                key.shortGcms().giveBack(gcm);
            }
        }
        return jdkEncrypt(key, nonce, nonceOffset, aad, plaintext, out, outOffset);
    }

    /** Opens {@code ciphertext+tag}; throws {@link AEADBadTagException} if the key, nonce, data or AAD do not match. */
    static byte[] decrypt(AesKey key, byte[] nonce, int nonceOffset, byte[] aad, byte[] input, int offset,
            int length) throws AEADBadTagException {
        if (ShortGcm.fits(aad.length, length - TAG_BYTES)) {
            ShortGcm gcm = key.shortGcms().borrow();
            try {
                return gcm.decrypt(nonce, nonceOffset, aad, input, offset, length);
            } finally {
                key.shortGcms().giveBack(gcm);
            }
        }
        return jdkDecrypt(key, nonce, nonceOffset, aad, input, offset, length);
    }

    /** {@link #encrypt} by the JDK's GCM, for values longer than {@link ShortGcm#LIMIT} (and to test against). */
    static int jdkEncrypt(AesKey key, byte[] nonce, int nonceOffset, byte[] aad, byte[] plaintext, byte[] out,
            int outOffset) {
        Cipher cipher = key.ciphers().borrow();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce, nonceOffset, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(plaintext, 0, plaintext.length, out, outOffset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed on a valid key and nonce", e);
        } finally {
            key.ciphers().giveBack(cipher);
        }
    }

    /** {@link #decrypt} by the JDK's GCM, for values longer than {@link ShortGcm#LIMIT} (and to test against). */
    static byte[] jdkDecrypt(AesKey key, byte[] nonce, int nonceOffset, byte[] aad, byte[] input, int offset,
            int length) throws AEADBadTagException {
        Cipher cipher = key.ciphers().borrow();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce, nonceOffset, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(input, offset, length);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed for a reason other than a bad tag", e);
        } finally {
            key.ciphers().giveBack(cipher);
        }
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no DRBG; Werkmap cannot run without it", e);
        }
    }

    /** A block of DRBG output handed out 12 bytes at a time; refilled when used up. */
    private static final class NonceBlock {

        private final byte[] block = new byte[NONCE_BYTES * 256];
        private int used = block.length;

        void next(byte[] out, int offset) {
            if (used == block.length) {
                RANDOM.get().nextBytes(block);
                used = 0;
            }
            System.arraycopy(block, used, out, offset, NONCE_BYTES);
            used += NONCE_BYTES;
        }
    }
}
