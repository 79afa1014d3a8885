package nl.werkmap.security;

import java.nio.file.Path;

/**
 * Vaults for tests, in any package: same keyring format and crypto as production, but with only
 * {@value #TEST_ITERATIONS} PBKDF2 iterations so a suite can create many. Lives in src/test, so it can never reach
 * the app; a keyring made here is refused by {@link Vault#unlock(Path, char[])} (too few iterations).
 */
public final class TestVaults {

    public static final int TEST_ITERATIONS = 1_000;
    public static final String PASSPHRASE = "correct paard batterij nietje";

    private static final KeyDerivation FAST = WeakKeyDerivation.withIterations(TEST_ITERATIONS);

    private TestVaults() {
    }

    public static Vault create(Path keyringFile, char[] passphrase) {
        return Vault.create(keyringFile, passphrase, FAST);
    }

    /** A new vault with {@link #PASSPHRASE}, for tests that only need a working sealer. */
    public static Vault create(Path keyringFile) {
        return create(keyringFile, PASSPHRASE.toCharArray());
    }

    /** A working vault whose keyring is never written (nothing on disk), for tests that only need its data key. */
    public static Vault inMemory() {
        return Vault.prepare(Path.of("never-written.keyring"), PASSPHRASE.toCharArray(), FAST).vault();
    }

    /** As {@link Vault#prepare(Path, char[])}: the keyring is only written by {@code commit()}. */
    public static Vault.Pending prepare(Path keyringFile, char[] passphrase) {
        return Vault.prepare(keyringFile, passphrase, FAST);
    }

    public static Vault unlock(Path keyringFile, char[] passphrase) throws WrongPassphraseException {
        return Vault.unlock(keyringFile, passphrase, FAST);
    }

    static KeyDerivation derivation() {
        return FAST;
    }
}
