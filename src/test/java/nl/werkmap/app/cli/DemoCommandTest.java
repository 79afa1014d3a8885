package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    private static final String PASSPHRASE = "fietsen langs de ijssel";

    @Test
    void createsAnEncryptedDemoCaseloadInAnEmptyFolder(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("demo");
        Path passFile = tmp.resolve("pass.txt");
        Files.writeString(passFile, PASSPHRASE + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new DemoCommand(new ByteArrayInputStream(new byte[0])).run(
                List.of("--data", dir.toString(), "--candidates", "40", "--passphrase-file", passFile.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("40 kandidaten"));

        Vault vault = Vault.unlock(dir.resolve("keyring.json"), PASSPHRASE.toCharArray());
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            assertTrue(store.isDemo());
            assertFalse(store.coaches().all().isEmpty());
            assertFalse(store.employers().all().isEmpty());
        } finally {
            vault.lock();
        }

        UsageException again = assertThrows(UsageException.class, () -> new DemoCommand(stdin(PASSPHRASE)).run(
                List.of("--data", dir.toString(), "--candidates", "40"), System.out, System.err));
        assertTrue(again.getMessage().contains("al een caseload"));
    }

    @Test
    void refusesAWeakPassphraseAndNonsenseCounts(@TempDir Path tmp) {
        Path dir = tmp.resolve("demo");
        UsageException weak = assertThrows(UsageException.class, () -> new DemoCommand(stdin("kort")).run(
                List.of("--data", dir.toString(), "--candidates", "10"), System.out, System.err));
        assertTrue(weak.getMessage().contains("te kort"), weak.getMessage());
        assertFalse(Files.exists(dir.resolve("keyring.json")));
        assertThrows(UsageException.class, () -> new DemoCommand(stdin(PASSPHRASE)).run(
                List.of("--data", dir.toString(), "--candidates", "0"), System.out, System.err));
        assertThrows(UsageException.class, () -> new DemoCommand(stdin(PASSPHRASE)).run(
                List.of("--data", dir.toString(), "--kandidaten", "10"), System.out, System.err));
    }

    @Test
    void fillsAFolderThatAnInterruptedFirstStartLeftBehind(@TempDir Path tmp) throws Exception {
        // An older Werkmap was killed during its first start: keyring written, database only half made.
        Path dir = Files.createDirectories(tmp.resolve("half"));
        Vault.create(dir.resolve("keyring.json"), PASSPHRASE.toCharArray()).lock();
        try (var c = nl.werkmap.store.db.Database.connectPlain(dir.resolve("werkmap.db"));
             var s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version TEXT)");
        }
        int code = new DemoCommand(stdin(PASSPHRASE)).run(List.of("--data", dir.toString(), "--candidates", "20"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        Vault vault = Vault.unlock(dir.resolve("keyring.json"), PASSPHRASE.toCharArray());
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            assertTrue(store.isDemo());
        } finally {
            vault.lock();
        }
        try (var aside = Files.list(dir.resolve("backups"))) {
            assertTrue(aside.anyMatch(p -> p.getFileName().toString().startsWith("onvoltooid-")),
                    "the half-made file is kept aside");
        }
    }

    private static ByteArrayInputStream stdin(String line) {
        return new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
