package nl.werkmap.security;

/**
 * Cheap PBKDF2 derivations so a test suite can make many vaults. Test code only: shipped code has no way to make a
 * derivation below {@link KeyDerivation#MINIMUM_ITERATIONS} ({@link SecurityArchitectureTest} keeps it so).
 */
final class WeakKeyDerivation {

    private WeakKeyDerivation() {
    }

    /** A derivation that makes keyrings with {@code iterations} and accepts any count from 1. */
    static KeyDerivation withIterations(int iterations) {
        return new KeyDerivation(iterations, 1);
    }
}
