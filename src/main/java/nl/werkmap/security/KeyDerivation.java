package nl.werkmap.security;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How a passphrase becomes the key-encryption key: PBKDF2-HMAC-SHA256 over a random salt. The iteration count is
 * stored in the keyring, so it can grow later; a keyring is re-wrapped with the higher of its own count and today's
 * default. {@link #standard()} is the only derivation shipped code uses and never goes below
 * {@link #MINIMUM_ITERATIONS}. Cheaper ones are made only by test code (a test helper in this package calls the
 * constructor); an ArchUnit rule keeps every shipped class but this one from calling it.
 */
final class KeyDerivation {

    static final String NAME = "PBKDF2-HMAC-SHA256";
    /** The floor from OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
    static final int MINIMUM_ITERATIONS = 600_000;
    /**
     * Chosen with {@code UnlockBench} on the 2-core build machine (JDK 17, SHA intrinsics). One million iterations cost
     * about 0.3 s of CPU once the JIT has warmed up and about 0.8 s for the first unlock in a fresh JVM, which is the
     * one a coach waits for at app start; both sit inside the 0.3 to 1 second target. A busy machine stretches the
     * wall-clock time beyond that; a higher count would push the first unlock past a second even when idle.
     */
    static final int DEFAULT_ITERATIONS = 1_000_000;
    /** Refuse larger counts: a damaged count must not make unlock hang for hours. */
    static final int MAXIMUM_ITERATIONS = 50_000_000;
    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;

    private static final KeyDerivation STANDARD = new KeyDerivation(DEFAULT_ITERATIONS, MINIMUM_ITERATIONS);

    private final int iterationsForNewKeys;
    private final int lowestAccepted;

    /** For {@link #standard()} and for test code only; shipped code must not call this (ArchUnit checks). */
    KeyDerivation(int iterationsForNewKeys, int lowestAccepted) {
        if (lowestAccepted < 1 || iterationsForNewKeys < lowestAccepted || iterationsForNewKeys > MAXIMUM_ITERATIONS) {
            throw new IllegalArgumentException("Iteration count " + iterationsForNewKeys + " outside "
                    + lowestAccepted + ".." + MAXIMUM_ITERATIONS);
        }
        this.iterationsForNewKeys = iterationsForNewKeys;
        this.lowestAccepted = lowestAccepted;
    }

    static KeyDerivation standard() {
        return STANDARD;
    }

    int iterationsForNewKeys() {
        return iterationsForNewKeys;
    }

    /** The count for re-wrapping a keyring that was made with {@code stored}: never lower than before. */
    int iterationsForRewrap(int stored) {
        return Math.max(stored, iterationsForNewKeys);
    }

    boolean accepts(int iterations) {
        return iterations >= lowestAccepted && iterations <= MAXIMUM_ITERATIONS;
    }

    /** Derives the 256-bit key-encryption key. Does not clear {@code passphrase}; that belongs to the caller. */
    AesKey derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BYTES * 8);
        try {
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new AesKey(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no PBKDF2WithHmacSHA256; Werkmap cannot run without it",
                    e);
        } finally {
            spec.clearPassword();
        }
    }

    static byte[] newSalt() {
        return AesGcm.randomBytes(SALT_BYTES);
    }

    @Override
    public String toString() {
        return NAME + " x" + iterationsForNewKeys + " (accepts >= " + lowestAccepted + ")";
    }
}
