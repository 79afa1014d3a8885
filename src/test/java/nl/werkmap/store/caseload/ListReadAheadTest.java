package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The list's lines read while the passphrase is typed (issue 13) give the list a read at unlock gives, and are
 * used only while nothing in the file changed since: a later change, another day, another file or a migration at
 * opening has the list read again, and a file that is no caseload is not touched.
 */
class ListReadAheadTest {

    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = DEMO_DAY.minusDays(3);

    @TempDir
    Path dir;

    @Test
    void theLinesReadAheadGiveTheListAReadAtUnlockGives() throws Exception {
        Path db = demo();
        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            UnaryOperator<CaseloadRow> adjust = r -> r.id().getLeastSignificantBits() % 3 == 0
                    ? r.withWarningKeys(List.of("contact.warning.tooLong")) : r;
            CaseloadQuery.Listed fresh = store.caseloadQuery().loadIndexed(TODAY, adjust);
            store.offerReadAhead(ahead);

            CaseloadQuery.Listed listed = store.caseloadQuery().loadIndexed(TODAY, adjust);

            assertTrue(ahead.served(), "the lines read ahead were used");
            assertEquals(300, listed.rows().size());
            assertEquals(fresh.rows(), listed.rows());
            assertEquals(fresh.index().all(), listed.index().all());
            for (String typed : new String[] {"", "a", "de", "van d", "el", "zz"}) {
                assertEquals(fresh.index().filter(typed, CaseloadFilter.ANY),
                        listed.index().filter(typed, CaseloadFilter.ANY), typed);
            }
            // Once: the next read is a read of the file.
            assertEquals(fresh.rows(), store.caseloadQuery().loadIndexed(TODAY, adjust).rows());
            assertFalse(usable(ahead));
        }
    }

    @Test
    void anEmptyCaseloadIsReadAheadToo() throws Exception {
        Path db = dir.resolve("werkmap.db");
        CaseloadStore.open(db, TestVault.sealer()).close();
        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            store.offerReadAhead(ahead);

            CaseloadQuery.Listed listed = store.caseloadQuery().loadIndexed(TODAY, UnaryOperator.identity());

            assertTrue(ahead.served());
            assertEquals(List.of(), listed.rows());
            assertEquals(List.of(), listed.index().all());
        }
    }

    @Test
    void aChangeCommittedAfterTheReadIsShown() throws Exception {
        Path db = demo();
        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            UUID first = store.caseloadQuery().load(TODAY).get(0).id();
            assertTrue(store.candidates().tombstone(first));
            store.offerReadAhead(ahead);

            List<CaseloadRow> rows = store.caseloadQuery().load(TODAY);

            assertFalse(ahead.served());
            assertEquals(299, rows.size());
            assertTrue(rows.stream().noneMatch(r -> r.id().equals(first)));
        }
    }

    @Test
    void aChangeByAnotherProgramIsShownToo() throws Exception {
        Path db = demo();
        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE candidate SET deleted = 1 WHERE rowid % 10 = 0");
        }
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            store.offerReadAhead(ahead);

            assertEquals(270, store.caseloadQuery().load(TODAY).size());
            assertFalse(ahead.served());
        }
    }

    @Test
    void linesReadForAnotherDayAreNotUsed() throws Exception {
        Path db = demo();
        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            store.offerReadAhead(ahead);

            assertEquals(300, store.caseloadQuery().load(TODAY.plusDays(1)).size());
            assertFalse(ahead.served());
        }
    }

    @Test
    void aFileMadeAnewAtThePathIsAnotherFile() throws Exception {
        Path db = demo();
        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);
        Path aside = dir.resolve("elders.db");
        Files.copy(db, aside);
        Files.delete(db);
        Files.copy(aside, db);

        assertFalse(usable(ahead));
    }

    @Test
    void aFileThatIsNoCaseloadIsNotTouched() throws Exception {
        Path db = dir.resolve("werkmap.db");
        byte[] bytes = "geen caseload".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(db, bytes);

        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);

        assertFalse(usable(ahead));
        assertArrayEquals(bytes, Files.readAllBytes(db));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(db), files.toList());
        }
        assertFalse(usable(ListReadAhead.readNow(dir.resolve("ontbreekt.db"), TODAY)));
    }

    @Test
    void aCaseloadStillToBeMigratedIsNotReadAhead() throws Exception {
        Path db = dir.resolve("werkmap.db");
        // The schema before the newest migration: the list's statements would read it, but the opening migrates it
        // first, after a backup copy that needs the file to itself.
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .target("50").load().migrate();
        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);

        assertNull(ahead.take(TODAY));
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            assertTrue(store.backupBeforeMigration().isPresent());
            assertEquals(0, store.caseloadQuery().load(TODAY).size());
        }
    }

    @Test
    void aCaseloadNotYetInWalIsNotReadAhead() throws Exception {
        Path db = dir.resolve("werkmap.db");
        // Every migration applied, but never opened by the store (which sets WAL, needing the file to itself).
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .outOfOrder(true).load().migrate();
        ListReadAhead ahead = ListReadAhead.readNow(db, TODAY);

        assertNull(ahead.take(TODAY));
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            assertEquals(0, store.caseloadQuery().load(TODAY).size());
        }
    }

    @Test
    void theLinesComeInChunksOfTheirReadingOrder() throws Exception {
        Path db = demo();
        List<CandidateLine> whole = new java.util.ArrayList<>();
        try (Connection c = nl.werkmap.store.db.Database.connectUnmapped(db)) {
            CaseloadQuery.eachLine(c, TODAY, new CandidateLine.Reader(new DayTable()), whole::add);
        }

        ListReadAhead.Lines lines = ListReadAhead.readNow(db, TODAY).take(TODAY);
        List<CandidateLine> read = new java.util.ArrayList<>();
        for (List<CandidateLine> chunk = lines.next(); chunk != null; chunk = lines.next()) {
            read.addAll(chunk);
        }

        assertTrue(lines.current());
        assertEquals(whole.stream().map(CandidateLine::id).toList(), read.stream().map(CandidateLine::id).toList());
    }

    @Test
    void closedUnusedItLeavesTheFolderAsItFoundIt() throws Exception {
        Path db = demo();
        List<Path> before;
        try (Stream<Path> files = Files.list(dir)) {
            before = files.sorted().toList();
        }

        ListReadAhead.readNow(db, TODAY).close();

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(before, files.sorted().toList());
        }
    }

    /** Whether the lines read ahead would be used for today: all of them taken, and the file unchanged since. */
    private static boolean usable(ListReadAhead ahead) {
        ListReadAhead.Lines lines = ahead.take(TODAY);
        if (lines == null) {
            return false;
        }
        while (lines.next() != null) {
            // all of them
        }
        return lines.current();
    }

    private Path demo() {
        Path db = dir.resolve("werkmap.db");
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            DemoCaseload.generate(store, 300, 5, DEMO_DAY, done -> { });
        }
        return db;
    }
}
