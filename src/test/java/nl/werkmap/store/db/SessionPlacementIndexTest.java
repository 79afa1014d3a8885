package nl.werkmap.store.db;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V47: the hours a grant's placement used in the grant's period (CoachHoursQuery.usedOutside, the jobcoach hours
 * check of every session save and of the "Sessie vastleggen" read ahead) are read from that placement's sessions,
 * not by walking every session of the period (1.4 s of CPU per check at 150,000 candidates).
 */
class SessionPlacementIndexTest {

    @Test
    void theHoursOfAGrantsPlacementAreReadThroughItsOwnSessions(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("werkmap.db");
        SchemaMigrator.migrate(db, Clock.systemUTC());
        StringBuilder plan = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN SELECT sum(hours_accounted) FROM coaching_session"
                     + " WHERE placement_id = 'p' AND starts_at >= '2026-01-01T00:00' AND starts_at < '2026-07-01T00:00'"
                     + " AND deleted = 0 AND state = 'GEDAAN'"
                     + " AND NOT (coach_id = 'c' AND starts_at >= '2026-03-02' AND starts_at < '2026-03-09')")) {
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
        }
        assertTrue(plan.toString().contains("USING INDEX session_placement (placement_id=? AND starts_at>? AND"
                + " starts_at<?)"), plan.toString());
    }
}
