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
 * The indexes only readers use and the session summary triggers are set aside while a bulk delivery fills a nearly
 * empty caseload and come back as they were, the summary as the triggers would have kept it: at the end of the fill,
 * or when the caseload opens after a stop halfway.
 */
class DeferredSchemaTest {

    /** Everything a nearly empty caseload sets aside, in the order it does. */
    private static final List<String> ALL = java.util.stream.Stream.concat(DeferredSchema.INDEXES.stream(),
            DeferredSchema.SUMMARY_TRIGGERS.stream()).toList();

    @TempDir
    Path dir;

    /** Fails when a migration renames, drops or makes unique an index the list names: the list must follow. */
    @Test
    void everyIndexNamedIsInTheSchemaAndNoneIsUniqueOrReadByTheMerge() throws Exception {
        try (Database db = caseload()) {
            List<String> schema = db.read(DeferredSchemaTest::schema);
            for (String name : DeferredSchema.INDEXES) {
                String line = schema.stream().filter(l -> l.startsWith("index|" + name + "|")).findFirst()
                        .orElse("");
                assertFalse(line.isEmpty(), name + " is not in the schema");
                assertFalse(line.toUpperCase().contains("CREATE UNIQUE"), line);
            }
            assertFalse(DeferredSchema.INDEXES.contains("change_log_row"));
            assertFalse(DeferredSchema.INDEXES.contains("session_live_last"));
        }
    }

    /**
     * Fails when a migration adds, renames or drops a trigger on sessions: what is set aside, and the summary worked
     * out again in its place, must follow.
     */
    @Test
    void theTriggersNamedAreEveryTriggerOnSessions() throws Exception {
        try (Database db = caseload()) {
            List<String> onSessions = db.read(dsl -> dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    + " AND tbl_name = 'coaching_session' ORDER BY name").map(r -> r.get(0, String.class)));
            assertEquals(DeferredSchema.SUMMARY_TRIGGERS.stream().sorted().toList(), onSessions);
        }
    }

    @Test
    void aNearlyEmptyCaseloadSetsAsideEachIndexNamedAndBuildsThemAgainAsTheyWere() throws Exception {
        try (Database db = caseload()) {
            List<String> before = db.read(DeferredSchemaTest::schema);
            List<String> setAside = db.write(tx -> tx.connectionResult(DeferredSchema::setAsideWhereNearlyEmpty));
            assertEquals(ALL, setAside);
            List<String> during = db.read(DeferredSchemaTest::schema);
            for (String name : ALL) {
                assertTrue(during.stream().noneMatch(l -> l.contains("|" + name + "|")), name);
            }
            assertEquals(ALL.size(), (int) db.read(DeferredSchemaTest::kept));
            // Asked again, nothing more to set aside.
            assertEquals(List.of(), db.write(tx -> tx.connectionResult(DeferredSchema::setAsideWhereNearlyEmpty)));

            assertEquals(ALL.size(), (int) db.write(tx -> tx.connectionResult(DeferredSchema::buildAgain)));
            assertEquals(before, db.read(DeferredSchemaTest::schema));
            assertEquals(0, (int) db.read(DeferredSchemaTest::kept));
        }
    }

    @Test
    void aTableThatHoldsRowsKeepsItsIndexes() throws Exception {
        try (Database db = caseload()) {
            db.write(tx -> {
                for (int i = 0; i < DeferredSchema.NEARLY_EMPTY; i++) {
                    tx.execute("INSERT INTO change_log (entity, entity_id, field, hlc, device_id) VALUES"
                            + " ('coach', ?, 'name', ?, 'dev-a')", "c-" + i, String.format("%015d-00000-dev-a", i));
                }
                return null;
            });
            List<String> setAside = db.write(tx -> tx.connectionResult(DeferredSchema::setAsideWhereNearlyEmpty));
            assertFalse(setAside.contains("change_log_hlc"), setAside.toString());
            assertEquals(ALL.size() - 1, setAside.size());
            db.write(tx -> tx.connectionResult(DeferredSchema::buildAgain));
        }
    }

    @Test
    void aSessionTableThatHoldsRowsKeepsItsTriggersAndIndexes() throws Exception {
        try (Database db = caseload()) {
            ChangeLog log = new ChangeLog(db, new RemoteChangeApplier(clock(), 4, RowWrites.ROWS_PER_INSERT));
            log.applyRemoteRun(RemoteRow.of(candidate("cand-1")), () -> null);
            db.write(tx -> {
                for (int i = 0; i < DeferredSchema.NEARLY_EMPTY; i++) {
                    tx.execute("INSERT INTO coaching_session (id, candidate_id, starts_at, duration_minutes, location,"
                            + " type, updated_at, updated_by) VALUES (?, 'cand-1', '2026-02-02T09:00', 60, 'KANTOOR',"
                            + " 'GESPREK', '2026-02-02T10:00:00Z', 'dev-a')", "s-" + i);
                }
                return null;
            });
            List<String> setAside = db.write(tx -> tx.connectionResult(DeferredSchema::setAsideWhereNearlyEmpty));
            assertEquals(List.of("plan_action_open_due", "plan_action_candidate", "change_log_hlc"), setAside);
            db.write(tx -> tx.connectionResult(DeferredSchema::buildAgain));
        }
    }

    /**
     * Sessions written, changed and deleted while their triggers are aside leave, once the fill ends, the summary
     * the triggers keep when they are there: each candidate's last session done (a planned one does not count, a
     * deleted one no longer does, one changed to done does).
     */
    @Test
    void sessionsWrittenWhileTheirTriggersAreAsideLeaveTheSummaryTheTriggersKeep() throws Exception {
        List<List<RemoteChange>> runs = List.of(sessionsMade(), sessionsChanged());
        List<String> kept;
        try (Database db = caseload()) {
            ChangeLog log = new ChangeLog(db, new RemoteChangeApplier(clock(), 4, RowWrites.ROWS_PER_INSERT));
            for (List<RemoteChange> run : runs) {
                log.applyRemoteRun(RemoteRow.of(run), () -> null);
            }
            kept = db.read(DeferredSchemaTest::lastDone);
        }
        assertEquals(List.of("cand-1|2026-03-01T09:00", "cand-2|2026-02-10T09:00", "cand-3|null"), kept);
        java.nio.file.Files.delete(dir.resolve("caseload.db"));
        try (Database db = caseload()) {
            List<String> before = db.read(DeferredSchemaTest::schema);
            ChangeLog log = new ChangeLog(db, new RemoteChangeApplier(clock(), 4, RowWrites.ROWS_PER_INSERT));
            try (ChangeLog.Fill fill = log.openFill()) {
                for (List<RemoteChange> run : runs) {
                    log.applyRemoteRun(RemoteRow.of(run), () -> null);
                }
                assertEquals(ALL.size(), (int) db.read(DeferredSchemaTest::kept));
            }
            assertEquals(kept, db.read(DeferredSchemaTest::lastDone));
            assertEquals(before, db.read(DeferredSchemaTest::schema));
        }
    }

    /** Three candidates; sessions done, planned and without a state (counts as done). */
    private static List<RemoteChange> sessionsMade() {
        List<RemoteChange> run = new ArrayList<>(coach("coach-a", "Ans", "Bram"));
        for (String id : List.of("cand-1", "cand-2", "cand-3")) {
            run.addAll(candidate(id));
        }
        run.addAll(session("s-1", "cand-1", "2026-02-02T09:00", null, 1));
        run.addAll(session("s-2", "cand-1", "2026-03-01T09:00", "GEPLAND", 1));
        run.addAll(session("s-3", "cand-2", "2026-02-10T09:00", "GEDAAN", 1));
        run.addAll(session("s-4", "cand-2", "2026-02-20T09:00", "GEDAAN", 1));
        run.addAll(session("s-5", "cand-3", "2026-02-21T09:00", "GEPLAND", 1));
        return run;
    }

    /** The planned session of cand-1 done after all, cand-2's latest deleted. */
    private static List<RemoteChange> sessionsChanged() {
        String hlc = String.format("%015d-00002-dev-a", 1_700_000_000_000L);
        return List.of(new RemoteChange("coaching_session", "s-2", "state", bytes("GEDAAN"), false, hlc, "dev-a"),
                new RemoteChange("coaching_session", "s-4", "deleted", bytes("true"), false, hlc, "dev-a"));
    }

    private static List<String> lastDone(DSLContext dsl) {
        return dsl.fetch("SELECT candidate_id, last_done_at FROM candidate_summary WHERE candidate_id LIKE 'cand-%'"
                + " ORDER BY candidate_id").map(r -> r.get(0) + "|" + r.get(1));
    }

    @Test
    void indexesLeftAsideByAStopHalfwayAreBuiltWhenTheCaseloadOpens() throws Exception {
        Path file = dir.resolve("caseload.db");
        List<String> before;
        try (Database db = caseload()) {
            before = db.read(DeferredSchemaTest::schema);
            db.write(tx -> tx.connectionResult(DeferredSchema::setAsideWhereNearlyEmpty));
            assertNotEquals(before, db.read(DeferredSchemaTest::schema));
        } // the app stops here: nothing builds them again
        CaseloadStore.open(file, TestVault.sealer()).close();
        try (Database db = Database.open(file)) {
            assertEquals(before, db.read(DeferredSchemaTest::schema));
            assertEquals(0, (int) db.read(DeferredSchemaTest::kept));
        }
    }

    @Test
    void aFillSetsIndexesAsideForBulkRunsOnlyAndBuildsThemAgainWhenItCloses() throws Exception {
        try (Database db = caseload()) {
            List<String> before = db.read(DeferredSchemaTest::schema);
            ChangeLog log = new ChangeLog(db, new RemoteChangeApplier(clock(), 4, RowWrites.ROWS_PER_INSERT));

            // Outside a fill a bulk run sets nothing aside.
            log.applyRemoteRun(RemoteRow.of(coach("coach-a", "Ans", "Bram")), () -> null);
            assertEquals(before, db.read(DeferredSchemaTest::schema));

            try (ChangeLog.Fill fill = log.openFill()) {
                // A small list (fewer fields than a bulk list) sets nothing aside.
                log.applyRemoteRun(RemoteRow.of(coach("coach-b", "Cor")), () -> null);
                assertEquals(before, db.read(DeferredSchemaTest::schema));
                log.applyRemoteRun(RemoteRow.of(coach("coach-c", "Dirk", "Els")), () -> null);
                assertEquals(ALL.size(), (int) db.read(DeferredSchemaTest::kept));
            }
            assertEquals(before, db.read(DeferredSchemaTest::schema));
            assertEquals(0, (int) db.read(DeferredSchemaTest::kept));
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
            List<String> before = db.read(DeferredSchemaTest::schema);
            ChangeLog log = new ChangeLog(db, new RemoteChangeApplier(clock(), 4, RowWrites.ROWS_PER_INSERT));
            try (ChangeLog.Fill fill = log.openFill()) {
                List<RemoteChange> orphan = new ArrayList<>(coach("coach-x", "Xander", "Yara"));
                orphan.addAll(session("s-1", "00000000-0000-0000-0000-00000000dead"));
                assertThrows(RuntimeException.class, () -> log.applyRemoteRun(RemoteRow.of(orphan), () -> null));
                assertEquals(before, db.read(DeferredSchemaTest::schema), "the failed run set nothing aside");
                assertEquals(0, (int) db.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.COACH,
                        nl.werkmap.store.jooq.Tables.COACH.ID.like("coach-%"))));

                List<RemoteChange> good = new ArrayList<>(coach("coach-a", "Ans", "Bram"));
                good.addAll(candidate("cand-1"));
                good.addAll(session("s-2", "cand-1"));
                log.applyRemoteRun(RemoteRow.of(good), () -> null);
                assertEquals(ALL.size(), (int) db.read(DeferredSchemaTest::kept));
            }
            assertEquals(before, db.read(DeferredSchemaTest::schema));
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
        return session(id, candidate, "2026-02-02T09:00", null, 1);
    }

    private static List<RemoteChange> session(String id, String candidate, String startsAt, String state, int counter) {
        String hlc = String.format("%015d-%05d-dev-a", 1_700_000_000_000L, counter);
        List<RemoteChange> changes = new ArrayList<>();
        for (String[] f : new String[][] {{"candidate_id", candidate}, {"starts_at", startsAt},
            {"duration_minutes", "60"}, {"location", "KANTOOR"}, {"type", "GESPREK"}, {"state", state}}) {
            if (f[1] != null) {
                changes.add(new RemoteChange("coaching_session", id, f[0], bytes(f[1]), false, hlc, "dev-a"));
            }
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
        return dsl.fetchCount(nl.werkmap.store.jooq.Tables.DEFERRED_SCHEMA);
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
