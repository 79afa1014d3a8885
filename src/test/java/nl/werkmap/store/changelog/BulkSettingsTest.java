package nl.werkmap.store.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.db.Database;

/**
 * A bulk delivery is written with a large page cache and SQLite's temporary files (the statement journals of
 * inserts into tables with triggers) in memory; both are the connection's everyday settings again after the run,
 * also when the run fails.
 */
class BulkSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aBulkRunWritesWithTemporaryFilesInMemoryAndSetsTheConnectionBackAfter() throws Exception {
        try (Database db = caseload()) {
            List<String> before = db.write(BulkSettingsTest::settings);
            List<List<String>> during = new ArrayList<>();
            RemoteChangeApplier applier = new RemoteChangeApplier(clock(), 2, RowWrites.ROWS_PER_INSERT);
            db.write(tx -> applier.applyRun(tx, RemoteRow.of(coach("coach-a", "Ans")), () -> {
                if (!during.isEmpty()) {
                    return null;
                }
                during.add(settings(tx));
                return RemoteRow.of(coach("coach-b", "Bram"));
            }));
            assertEquals(List.of(List.of("2", String.valueOf(-BulkSettings.BIG_CACHE_KIB))), during);
            assertEquals(before, db.write(BulkSettingsTest::settings));
            assertEquals(2, (int) db.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.COACH,
                    nl.werkmap.store.jooq.Tables.COACH.ID.in("coach-a", "coach-b"))));
        }
    }

    @Test
    void aSmallListKeepsTheEverydaySettings() throws Exception {
        try (Database db = caseload()) {
            List<String> before = db.write(BulkSettingsTest::settings);
            List<List<String>> during = new ArrayList<>();
            RemoteChangeApplier applier = new RemoteChangeApplier(clock(), 3, RowWrites.ROWS_PER_INSERT);
            db.write(tx -> applier.applyRun(tx, RemoteRow.of(coach("coach-a", "Ans")), () -> {
                if (!during.isEmpty()) {
                    return null;
                }
                during.add(settings(tx));
                return null;
            }));
            assertEquals(List.of(before), during);
        }
    }

    @Test
    void aFailedBulkRunSetsTheConnectionBackToo() throws Exception {
        try (Database db = caseload()) {
            List<String> before = db.write(BulkSettingsTest::settings);
            RemoteChangeApplier applier = new RemoteChangeApplier(clock(), 2, RowWrites.ROWS_PER_INSERT);
            List<RemoteChange> bad = new ArrayList<>(coach("coach-a", "Ans"));
            bad.add(new RemoteChange("no_such_table", "x", "name", bytes("x"), false, stamp(), "dev-a"));
            assertThrows(RuntimeException.class, () -> db.write(tx -> applier.applyRun(tx,
                    RemoteRow.of(coach("coach-c", "Cor")), () -> RemoteRow.of(bad))));
            assertEquals(before, db.write(BulkSettingsTest::settings));
            assertEquals(0, (int) db.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.COACH,
                    nl.werkmap.store.jooq.Tables.COACH.ID.in("coach-a", "coach-c"))));
        }
    }

    private Database caseload() {
        Path file = dir.resolve("caseload.db");
        CaseloadStore.open(file, TestVault.sealer()).close();
        return Database.open(file);
    }

    /** temp_store and cache_size of the transaction's connection. */
    private static List<String> settings(DSLContext tx) {
        return List.of(String.valueOf(tx.fetchValue("PRAGMA temp_store")),
                String.valueOf(tx.fetchValue("PRAGMA cache_size")));
    }

    private static List<RemoteChange> coach(String id, String name) {
        String hlc = stamp();
        return List.of(new RemoteChange("coach", id, "name", bytes(name), false, hlc, "dev-a"),
                new RemoteChange("coach", id, "role", bytes("JOBCOACH"), false, hlc, "dev-a"));
    }

    private static String stamp() {
        return String.format("%015d-00000-dev-a", 1_700_000_000_000L);
    }

    private static HybridLogicalClock clock() {
        return new HybridLogicalClock("this-device", () -> 1_700_000_000_000L, null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
