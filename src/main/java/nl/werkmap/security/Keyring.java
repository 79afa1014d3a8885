package nl.werkmap.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.crypto.AEADBadTagException;

/**
 * What the keyring file holds: the data key wrapped (AES-256-GCM) under a key derived from the passphrase, plus
 * everything needed to derive that key again. Immutable; a passphrase change makes a new one.
 */
final class Keyring {

    static final int FORMAT = 1;
    /** Binds the wrapped key to its purpose, so it cannot be mistaken for any other GCM message of ours. */
    private static final byte[] WRAP_AAD = "werkmap/keyring/v1".getBytes(StandardCharsets.US_ASCII);

    final int format;
    final String kdf;
    final int iterations;
    final byte[] salt;
    final byte[] nonce;
    final byte[] wrappedKey;
    final Instant created;

    Keyring(int format, String kdf, int iterations, byte[] salt, byte[] nonce, byte[] wrappedKey, Instant created) {
        this.format = format;
        this.kdf = kdf;
        this.iterations = iterations;
        this.salt = salt.clone();
        this.nonce = nonce.clone();
        this.wrappedKey = wrappedKey.clone();
        this.created = created;
    }

    /** Wraps {@code dataKey} under {@code passphrase} with a fresh salt and nonce. */
    static Keyring wrap(AesKey dataKey, char[] passphrase, KeyDerivation derivation, int iterations, Instant created) {
        byte[] salt = KeyDerivation.newSalt();
        byte[] nonce = AesGcm.randomBytes(AesGcm.NONCE_BYTES);
        AesKey wrappingKey = derivation.derive(passphrase, salt, iterations);
        byte[] plain = dataKey.getEncoded();
        try {
            byte[] wrapped = new byte[plain.length + AesGcm.TAG_BYTES];
            AesGcm.encrypt(wrappingKey, nonce, 0, WRAP_AAD, plain, wrapped, 0);
            return new Keyring(FORMAT, KeyDerivation.NAME, iterations, salt, nonce, wrapped, created);
        } finally {
            java.util.Arrays.fill(plain, (byte) 0);
            wrappingKey.destroy();
        }
    }

    /** Unwraps the data key; a failing tag can only mean a wrong passphrase once the file itself has parsed. */
    AesKey unwrap(char[] passphrase, KeyDerivation derivation) throws WrongPassphraseException {
        AesKey wrappingKey = derivation.derive(passphrase, salt, iterations);
        try {
            return new AesKey(AesGcm.decrypt(wrappingKey, nonce, 0, WRAP_AAD, wrappedKey, 0, wrappedKey.length));
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        } finally {
            wrappingKey.destroy();
        }
    }
}
