package nl.werkmap.store.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    @TempDir
    Path dir;

    private static Flyway flyway(Path db, String target) {
        return Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    void knowsTheNewestMigrationFlywayWouldApply() {
        MigrationInfo[] all = flyway(dir.resolve("x.db"), "latest").info().all();
        int[] flywayNewest = Arrays.stream(all[all.length - 1].getVersion().getVersion().split("\\."))
                .mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(flywayNewest, SchemaVersion.newestBundled().orElseThrow());
    }

    @Test
    void anOlderCaseloadIsNotCurrentAndAMigratedOneIs() {
        Path db = dir.resolve("werkmap.db");
        flyway(db, "1").migrate();
        assertFalse(SchemaVersion.isCurrent(db));

        SchemaMigrator.migrate(db, Clock.systemUTC());
        assertTrue(SchemaVersion.isCurrent(db));
        assertTrue(flyway(db, "latest").info().pending().length == 0);
    }

    @Test
    void aFileWithoutHistoryIsNotCurrent() {
        assertFalse(SchemaVersion.isCurrent(dir.resolve("nothing-here.db")));
    }

    /** A file that got V20 before V6 existed (version ranges are shared out) still gets V6 on the next open. */
    @Test
    void aCaseloadMigrationNumberedBelowAnAppliedOneIsStillApplied() throws Exception {
        Path db = dir.resolve("werkmap.db");
        SchemaMigrator.migrate(db, Clock.systemUTC());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // Undo V6 by hand, as if the file were made by a build without it.
            for (String index : new String[] {"candidate_report", "candidate_report_id", "session_report",
                    "placement_report_type", "placement_report_candidate", "ladder_report", "zrm_report"}) {
                s.execute("DROP INDEX " + index);
            }
            s.execute("CREATE INDEX candidate_coach ON candidate (coach_id)");
            s.execute("CREATE INDEX candidate_status ON candidate (status)");
            s.execute("CREATE INDEX session_starts ON coaching_session (starts_at)");
            s.execute("CREATE INDEX placement_type_open ON placement (type, actual_end)");
            s.execute("CREATE INDEX placement_candidate ON placement (candidate_id)");
            s.execute("CREATE INDEX ladder_live_last ON ladder_measurement (candidate_id, deleted, measured_on)");
            s.execute("CREATE INDEX zrm_candidate ON zrm_measurement (candidate_id)");
            s.execute("DELETE FROM flyway_schema_history WHERE version = '6'");
        }
        assertFalse(SchemaVersion.isCurrent(db), "V20 is there, V6 is not");

        SchemaMigrator.migrate(db, Clock.systemUTC());
        assertTrue(SchemaVersion.isCurrent(db));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'candidate_report'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
