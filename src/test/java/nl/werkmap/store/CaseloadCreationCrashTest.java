package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.werkmap.security.TestVaults;
import nl.werkmap.store.db.Database;

/**
 * A crash at any step of the first creation leaves a folder the next start can use: either no caseload (the next
 * creation starts afresh) or a whole one (the next unlock opens it). Crashes are simulated by a step hook that
 * throws, as a kill at that moment would stop the work.
 */
class CaseloadCreationCrashTest {

    @TempDir
    Path dir;

    /** Stands for the process being killed: nothing after the step runs. */
    private static final class Killed extends RuntimeException {
        Killed(CaseloadFolder.Step step) {
            super("killed after " + step);
        }
    }

    @ParameterizedTest
    @EnumSource(CaseloadFolder.Step.class)
    void aCrashAtAnyStepLeavesAFolderTheNextStartCanUse(CaseloadFolder.Step crashAt) throws Exception {
        CaseloadFolder crashing = TestKeys.folder(dir, step -> {
            if (step == crashAt) {
                throw new Killed(step);
            }
        });
        assertThrows(Killed.class, () -> crashing.create(TestKeys.PASSPHRASE));
        // Only the last step commits: before it there is no keyring, so the next start shows the welcome screen.
        assertEquals(crashAt == CaseloadFolder.Step.KEYRING_WRITTEN, crashing.exists());

        CaseloadFolder next = TestKeys.folder(dir);
        // What the app does at its next start: the unlock screen if a keyring exists, else the welcome screen.
        try (CaseloadFolder.Opened opened = next.exists() ? next.unlock(TestKeys.PASSPHRASE)
                : next.create(TestKeys.PASSPHRASE)) {
            opened.store().coaches().save(Samples.coach("Ans"));
        }
        try (CaseloadFolder.Opened again = next.unlock(TestKeys.PASSPHRASE)) {
            assertEquals(1, again.store().coaches().all().size());
        }
        assertFalse(Files.exists(dir.resolve("werkmap.db.nieuw")), "the scratch build is gone");
    }

    @Test
    void beforeTheKeyringIsWrittenThereIsNoCaseload() {
        CaseloadFolder crashing = TestKeys.folder(dir, step -> {
            if (step == CaseloadFolder.Step.DATABASE_IN_PLACE) {
                throw new Killed(step);
            }
        });
        assertThrows(Killed.class, () -> crashing.create(TestKeys.PASSPHRASE));
        assertFalse(crashing.exists());
        assertTrue(Files.exists(dir.resolve("werkmap.db")));
    }

    @Test
    void anOlderWerkmapsHalfMigratedFileBesideItsKeyringIsPutAsideAndMadeAnew() throws Exception {
        // An older Werkmap wrote the keyring first; a kill during the first migration left only Flyway's table.
        TestVaults.create(dir.resolve("keyring.json")).lock();
        Path db = dir.resolve("werkmap.db");
        try (Connection c = Database.connectPlain(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version TEXT)");
        }
        byte[] before = Files.readAllBytes(db);

        try (CaseloadFolder.Opened opened = TestKeys.folder(dir).unlock(TestKeys.PASSPHRASE)) {
            opened.store().coaches().save(Samples.coach("Ans"));
        }
        List<Path> aside = setAside();
        assertEquals(1, aside.size());
        assertArrayEquals(before, Files.readAllBytes(aside.get(0)), "the unfinished file is kept aside as it was");
    }

    @Test
    void aFileKilledMidMigrationWithAHotJournalIsRecognisedAsUnfinished() throws Exception {
        // An older Werkmap, killed while Flyway was writing its first migration: the database file and its rollback
        // journal are copied while the transaction is open, as a kill would leave them.
        Path scene = Files.createDirectories(dir.resolve("scene"));
        Path live = scene.resolve("werkmap.db");
        try (Connection c = Database.connectPlain(live); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version TEXT)");
            s.execute("PRAGMA cache_size = 2");
            c.setAutoCommit(false);
            s.execute("CREATE TABLE candidate (id TEXT PRIMARY KEY, full_name BLOB)");
            for (int i = 0; i < 200; i++) {
                s.execute("INSERT INTO candidate VALUES ('c" + i + "', randomblob(2000))");
            }
            Path half = Files.createDirectories(dir.resolve("half"));
            Files.copy(live, half.resolve("werkmap.db"));
            Files.copy(scene.resolve("werkmap.db-journal"), half.resolve("werkmap.db-journal"));
            c.rollback();
        }
        Path half = dir.resolve("half");
        TestVaults.create(half.resolve("keyring.json")).lock();
        assertThrows(StoreException.class, () -> nl.werkmap.store.db.CaseloadFileCheck.check(
                half.resolve("werkmap.db")), "a plain open refuses it, as every later open did before");

        try (CaseloadFolder.Opened opened = TestKeys.folder(half).unlock(TestKeys.PASSPHRASE)) {
            opened.store().coaches().save(Samples.coach("Ans"));
        }
        try (Stream<Path> walk = Files.walk(half.resolve("backups"))) {
            assertEquals(List.of("werkmap.db", "werkmap.db-journal"), walk.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString()).sorted().toList(), "both kept aside as they were");
        }
    }

    @Test
    void anOlderWerkmapsKeyringWithoutDatabaseGetsItsDatabase() throws Exception {
        TestVaults.create(dir.resolve("keyring.json")).lock();
        try (CaseloadFolder.Opened opened = TestKeys.folder(dir).unlock(TestKeys.PASSPHRASE)) {
            opened.store().coaches().save(Samples.coach("Ans"));
        }
        assertTrue(Files.isRegularFile(dir.resolve("werkmap.db")));
    }

    @Test
    void aDatabaseWithDataButNoKeyringIsNeverBuiltOver() throws Exception {
        try (CaseloadFolder.Opened opened = TestKeys.folder(dir).create(TestKeys.PASSPHRASE)) {
            opened.store().candidates().save(Samples.bareCandidate("Yıldız Kılıç"));
        }
        Files.delete(dir.resolve("keyring.json"));
        byte[] before = Files.readAllBytes(dir.resolve("werkmap.db"));

        StoreException e = assertThrows(StoreException.class,
                () -> TestKeys.folder(dir).create(TestKeys.PASSPHRASE));
        assertTrue(e.getMessage().contains("zonder sleutelbestand"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("werkmap.db")));
        assertFalse(Files.exists(dir.resolve("keyring.json")));
        assertTrue(setAside().isEmpty());
    }

    @Test
    void anExistingCaseloadIsNeverCreatedOver() throws Exception {
        TestKeys.folder(dir).create(TestKeys.PASSPHRASE).close();
        byte[] keyring = Files.readAllBytes(dir.resolve("keyring.json"));
        StoreException e = assertThrows(StoreException.class,
                () -> TestKeys.folder(dir).create(TestKeys.PASSPHRASE));
        assertTrue(e.getMessage().contains("staat al een caseload"), e.getMessage());
        assertArrayEquals(keyring, Files.readAllBytes(dir.resolve("keyring.json")));
    }

    private List<Path> setAside() throws IOException {
        Path backups = dir.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(backups)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getFileName().toString().startsWith("onvoltooid-")).toList();
        }
    }
}
