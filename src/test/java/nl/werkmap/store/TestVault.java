package nl.werkmap.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.Vault;

/**
 * One real vault for the store tests: key derivation at the production work factor takes about a second, so the
 * tests share one instead of deriving a key per test.
 */
public final class TestVault {

    private static Vault vault;

    private TestVault() {
    }

    public static synchronized FieldSealer sealer() {
        if (vault == null) {
            try {
                Path dir = Files.createTempDirectory("werkmap-store-test-vault");
                dir.toFile().deleteOnExit();
                Path keyring = dir.resolve("keyring.json");
                keyring.toFile().deleteOnExit();
                vault = Vault.create(keyring, "correct horse battery staple".toCharArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return vault.sealer();
    }
}
