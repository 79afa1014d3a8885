package nl.werkmap.store.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/** When quick_check runs: first open of a day, after an unclean shutdown, and always for a report. */
class IntegrityCheckTest {

    @TempDir
    Path dir;

    @Test
    void runsOncePerDayAfterACleanShutdown() {
        Path db = dir.resolve("werkmap.db");
        CaseloadStore.open(db, TestVault.sealer()).close();
        LocalDate today = LocalDate.now(Clock.systemUTC());
        assertFalse(IntegrityCheck.due(db, IntegrityCheck.Policy.DAILY, today), "checked today already");
        assertTrue(IntegrityCheck.due(db, IntegrityCheck.Policy.DAILY, today.plusDays(1)), "a new day");
        assertTrue(IntegrityCheck.due(db, IntegrityCheck.Policy.EVERY_OPEN, today), "a report always checks");
    }

    @Test
    void runsAfterAnUncleanShutdown() throws Exception {
        Path db = dir.resolve("werkmap.db");
        CaseloadStore.open(db, TestVault.sealer()).close();
        // The app was killed: SQLite's WAL is still beside the file.
        Files.write(dir.resolve("werkmap.db-wal"), new byte[0]);
        assertTrue(IntegrityCheck.due(db, IntegrityCheck.Policy.DAILY, LocalDate.now(Clock.systemUTC())));
    }

    @Test
    void anOlderCaseloadWithoutARecordIsChecked() throws Exception {
        Path db = dir.resolve("werkmap.db");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null)
                .locations("classpath:db/migration").target("22").load().migrate();
        assertTrue(IntegrityCheck.due(db, IntegrityCheck.Policy.DAILY, LocalDate.now(Clock.systemUTC())));
    }
}
