package nl.werkmap.store.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.db.Database;

/**
 * The indexes only readers use are set aside while a bulk delivery fills a nearly empty caseload and come back as
 * they were: at the end of the fill, or when the caseload opens after a stop halfway.
 */
class DeferredIndexesTest {

    @TempDir
    Path dir;

    /** Fails when a migration renames, drops or makes unique an index the list names: the list must follow. */
    @Test
    void everyIndexNamedIsInTheSchemaAndNoneIsUniqueOrReadByTheMerge() throws Exception {
        try (Database db = caseload()) {
            List<String> schema = db.read(DeferredIndexesTest::schema);
            for (String name : DeferredIndexes.NAMES) {
                String line = schema.stream().filter(l -> l.startsWith("index|" + name + "|")).findFirst()
                        .orElse("");
                assertFalse(line.isEmpty(), name + " is not in the schema");
                assertFalse(line.toUpperCase().contains("CREATE UNIQUE"), line);
            }
            assertFalse(DeferredIndexes.NAMES.contains("change_log_row"));
            assertFalse(DeferredIndexes.NAMES.contains("session_live_last"));
        }
    }

    @Test
    void aNearlyEmptyCaseloadSetsAsideEachIndexNamedAndBuildsThemAgainAsTheyWere() throws Exception {
        try (Database db = caseload()) {
            List<String> before = db.read(DeferredIndexesTest::schema);
            List<String> setAside = db.write(tx -> tx.connectionResult(DeferredIndexes::setAsideWhereNearlyEmpty));
            assertEquals(DeferredIndexes.NAMES, setAside);
            List<String> during = db.read(DeferredIndexesTest::schema);
            for (String name : DeferredIndexes.NAMES) {
                assertTrue(during.stream().noneMatch(l -> l.startsWith("index|" + name + "|")), name);
            }
            assertEquals(DeferredIndexes.NAMES.size(), (int) db.read(DeferredIndexesTest::kept));
            // Asked again, nothing more to set aside.
            assertEquals(List.of(), db.write(tx -> tx.connectionResult(DeferredIndexes::setAsideWhereNearlyEmpty)));

            assertEquals(DeferredIndexes.NAMES.size(), (int) db.write(tx -> tx.connectionResult(
                    DeferredIndexes::buildAgain)));
            assertEquals(before, db.read(DeferredIndexesTest::schema));
            assertEquals(0, (int) db.read(DeferredIndexesTest::kept));
        }
    }

    @Test
    void aTableThatHoldsRowsKeepsItsIndexes() throws Exception {
        try (Database db = caseload()) {
            db.write(tx -> {
                for (int i = 0; i < DeferredIndexes.NEARLY_EMPTY; i++) {
                    tx.execute("INSERT INTO change_log (entity, entity_id, field, hlc, device_id) VALUES"
                            + " ('coach', ?, 'name', ?, 'dev-a')", "c-" + i, String.format("%015d-00000-dev-a", i));
                }
                return null;
            });
            List<String> setAside = db.write(tx -> tx.connectionResult(DeferredIndexes::setAsideWhereNearlyEmpty));
            assertFalse(setAside.contains("change_log_hlc"), setAside.toString());
            assertEquals(DeferredIndexes.NAMES.size() - 1, setAside.size());
            db.write(tx -> tx.connectionResult(DeferredIndexes::buildAgain));
        }
    }

    @Test
    void indexesLeftAsideByAStopHalfwayAreBuiltWhenTheCaseloadOpens() throws Exception {
        Path file = dir.resolve("caseload.db");
        List<String> before;
        try (Database db = caseload()) {
            before = db.read(DeferredIndexesTest::schema);
            db.write(tx -> tx.connectionResult(DeferredIndexes::setAsideWhereNearlyEmpty));
            assertNotEquals(before, db.read(DeferredIndexesTest::schema));
        } // the app stops here: nothing builds them again
        CaseloadStore.open(file, TestVault.sealer()).close();
        try (Database db = Database.open(file)) {
            assertEquals(before, db.read(DeferredIndexesTest::schema));
            assertEquals(0, (int) db.read(DeferredIndexesTest::kept));
        }
    }

    @Test
    void aFillSetsIndexesAsideForBulkRunsOnlyAndBuildsThemAgainWhenItCloses() throws Exception {
        try (Database db = caseload()) {
            List<String> before = db.read(DeferredIndexesTest::schema);
            ChangeLog log = new ChangeLog(db, new RemoteChangeApplier(clock(), 4, RowWrites.ROWS_PER_INSERT));

            // Outside a fill a bulk run sets nothing aside.
            log.applyRemoteRun(RemoteRow.of(coach("coach-a", "Ans", "Bram")), () -> null);
            assertEquals(before, db.read(DeferredIndexesTest::schema));

            try (ChangeLog.Fill fill = log.openFill()) {
                // A small list (fewer fields than a bulk list) sets nothing aside.
                log.applyRemoteRun(RemoteRow.of(coach("coach-b", "Cor")), () -> null);
                assertEquals(before, db.read(DeferredIndexesTest::schema));
                log.applyRemoteRun(RemoteRow.of(coach("coach-c", "Dirk", "Els")), () -> null);
                assertEquals(DeferredIndexes.NAMES.size(), (int) db.read(DeferredIndexesTest::kept));
            }
            assertEquals(before, db.read(DeferredIndexesTest::schema));
            assertEquals(0, (int) db.read(DeferredIndexesTest::kept));
            assertEquals(5, (int) db.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.COACH,
                    nl.werkmap.store.jooq.Tables.COACH.ID.like("coach-%"))));
        }
    }

    /**
     * A run that fails inside a fill (here a session whose candidate is not there, refused by its foreign key while
     * the batch is written) is rolled back whole, the setting aside of its indexes too; the runs after it write as
     * before, and the fill still builds everything again.
     */
    @Test
    void aFailedRunInAFillIsRolledBackAndTheRunsAfterItWriteAsBefore() throws Exception {
        try (Database db = caseload()) {
            List<String> before = db.read(DeferredIndexesTest::schema);
            ChangeLog log = new ChangeLog(db, new RemoteChangeApplier(clock(), 4, RowWrites.ROWS_PER_INSERT));
            try (ChangeLog.Fill fill = log.openFill()) {
                List<RemoteChange> orphan = new ArrayList<>(coach("coach-x", "Xander", "Yara"));
                orphan.addAll(session("s-1", "00000000-0000-0000-0000-00000000dead"));
                assertThrows(RuntimeException.class, () -> log.applyRemoteRun(RemoteRow.of(orphan), () -> null));
                assertEquals(before, db.read(DeferredIndexesTest::schema), "the failed run set nothing aside");
                assertEquals(0, (int) db.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.COACH,
                        nl.werkmap.store.jooq.Tables.COACH.ID.like("coach-%"))));

                List<RemoteChange> good = new ArrayList<>(coach("coach-a", "Ans", "Bram"));
                good.addAll(candidate("cand-1"));
                good.addAll(session("s-2", "cand-1"));
                log.applyRemoteRun(RemoteRow.of(good), () -> null);
                assertEquals(DeferredIndexes.NAMES.size(), (int) db.read(DeferredIndexesTest::kept));
            }
            assertEquals(before, db.read(DeferredIndexesTest::schema));
            assertEquals(List.of("s-2"), db.read(dsl -> dsl.fetch("SELECT id FROM coaching_session").map(r -> r.get(0,
                    String.class))));
            assertEquals(2, (int) db.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.COACH,
                    nl.werkmap.store.jooq.Tables.COACH.ID.like("coach-%"))));
        }
    }

    private static List<RemoteChange> candidate(String id) {
        String hlc = String.format("%015d-00000-dev-a", 1_700_000_000_000L);
        List<RemoteChange> changes = new ArrayList<>();
        for (String[] f : new String[][] {{"register_status", "INGESCHREVEN"}, {"status", "ACTIEF"},
            {"registered_on", "2026-01-05"}}) {
            changes.add(new RemoteChange("candidate", id, f[0], bytes(f[1]), false, hlc, "dev-a"));
        }
        changes.add(new RemoteChange("candidate", id, "full_name", new byte[] {1, 2, 3}, true, hlc, "dev-a"));
        return changes;
    }

    private static List<RemoteChange> session(String id, String candidate) {
        String hlc = String.format("%015d-00001-dev-a", 1_700_000_000_000L);
        List<RemoteChange> changes = new ArrayList<>();
        for (String[] f : new String[][] {{"candidate_id", candidate}, {"starts_at", "2026-02-02T09:00"},
            {"duration_minutes", "60"}, {"location", "KANTOOR"}, {"type", "GESPREK"}}) {
            changes.add(new RemoteChange("coaching_session", id, f[0], bytes(f[1]), false, hlc, "dev-a"));
        }
        return changes;
    }

    private Database caseload() {
        Path file = dir.resolve("caseload.db");
        CaseloadStore.open(file, TestVault.sealer()).close();
        return Database.open(file);
    }

    /** Every table, index and trigger with its statement ({@code type|name|sql}), by name. */
    private static List<String> schema(DSLContext dsl) {
        List<String> lines = new ArrayList<>();
        for (Record r : dsl.fetch("SELECT type, name, sql FROM sqlite_master ORDER BY name")) {
            lines.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2));
        }
        return lines;
    }

    private static int kept(DSLContext dsl) {
        return dsl.fetchCount(nl.werkmap.store.jooq.Tables.DEFERRED_INDEX);
    }

    /** Coaches {@code id}, {@code id-1}, ... one for each name, two fields each. */
    private static List<RemoteChange> coach(String id, String... names) {
        String hlc = String.format("%015d-00000-dev-a", 1_700_000_000_000L);
        List<RemoteChange> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String rowId = i == 0 ? id : id + "-" + i;
            changes.add(new RemoteChange("coach", rowId, "name", bytes(names[i]), false, hlc, "dev-a"));
            changes.add(new RemoteChange("coach", rowId, "role", bytes("JOBCOACH"), false, hlc, "dev-a"));
        }
        return changes;
    }

    private static HybridLogicalClock clock() {
        return new HybridLogicalClock("this-device", () -> 1_700_000_000_000L, null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
