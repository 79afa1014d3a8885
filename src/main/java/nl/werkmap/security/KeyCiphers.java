package nl.werkmap.security;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES/GCM ciphers one key uses for long values (the JDK's path in {@link AesGcm}), cached so that a cipher is
 * not looked up per value. An initialised JDK cipher holds its own expanded copy of the key (and GCM a copy of the
 * key bytes), so they live in a {@link KeyPool} that wipes them when the key is destroyed. Ciphers are handed out
 * not yet initialised with the key.
 */
final class KeyCiphers extends KeyPool<Cipher> {

    @Override
    Cipher create() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no AES/GCM; Werkmap cannot run without it", e);
        }
    }

    /**
     * Replaces the key schedule a cipher derived from the real key by one from a key of zeroes, so even a reference
     * kept elsewhere (none should be) would find no trace of the data key.
     */
    @Override
    void wipe(Cipher cipher) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[32], "AES"),
                    new GCMParameterSpec(AesGcm.TAG_BYTES * 8, AesGcm.randomBytes(AesGcm.NONCE_BYTES)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused a key of zeroes; the cipher is dropped anyway", e);
        }
    }
}
