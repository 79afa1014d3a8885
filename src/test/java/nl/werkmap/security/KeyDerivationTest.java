package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one place where tests pay for the real work factor. */
class KeyDerivationTest {

    @TempDir
    Path dir;

    @Test
    void productionVaultUsesAtLeast600000IterationsAndRoundTrips() throws Exception {
        assertTrue(KeyDerivation.MINIMUM_ITERATIONS >= 600_000);
        assertTrue(KeyDerivation.standard().iterationsForNewKeys() >= KeyDerivation.MINIMUM_ITERATIONS);
        Path keyring = dir.resolve("keyring.json");
        char[] passphrase = "de echte werkfactor telt".toCharArray();

        Vault created = Vault.create(keyring, passphrase);
        byte[] sealed = created.sealer().seal("candidate", "bsn", "row-1", "111222333");
        Vault unlocked = Vault.unlock(keyring, passphrase);

        int stored = JsonParser.parseString(Files.readString(keyring)).getAsJsonObject().get("iterations").getAsInt();
        assertEquals(KeyDerivation.DEFAULT_ITERATIONS, stored);
        assertTrue(stored >= 600_000);
        assertEquals("111222333", unlocked.sealer().open("candidate", "bsn", "row-1", sealed));
    }

    @Test
    void standardDerivationRefusesCountsBelowTheMinimum() {
        KeyDerivation standard = KeyDerivation.standard();
        assertTrue(standard.accepts(600_000));
        assertTrue(!standard.accepts(599_999));
        assertTrue(!standard.accepts(KeyDerivation.MAXIMUM_ITERATIONS + 1));
        assertEquals(KeyDerivation.DEFAULT_ITERATIONS, standard.iterationsForRewrap(600_000));
        assertEquals(900_000_0, standard.iterationsForRewrap(900_000_0));
    }

    @Test
    void weakDerivationStillHasSaneBounds() {
        assertThrows(IllegalArgumentException.class, () -> WeakKeyDerivation.withIterations(0));
        assertThrows(IllegalArgumentException.class,
                () -> WeakKeyDerivation.withIterations(KeyDerivation.MAXIMUM_ITERATIONS + 1));
    }
}
