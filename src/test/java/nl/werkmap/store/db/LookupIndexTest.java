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
 * V52: the shares of a group session and a placement's jobcoach forms are found through an index, not by reading
 * every session or form of the caseload (at 150,000 candidates 1.6 s for the sessions, inside the write transaction
 * of correcting or deleting a group session). The statements are the ones the repositories run, as the tests' log of
 * statements showed them; without statistics the plan depends on the schema and the statement alone.
 */
class LookupIndexTest {

    @Test
    void aGroupSessionsSharesAreFoundThroughTheirGroup(@TempDir Path dir) throws Exception {
        String plan = plan(dir, "SELECT id FROM coaching_session WHERE (coaching_session.group_id = 'g'"
                + " AND coaching_session.deleted = 0)");
        assertTrue(plan.contains("USING INDEX session_group (group_id=?)"), plan);
    }

    @Test
    void aPlacementsFormsAreFoundThroughTheirPlacement(@TempDir Path dir) throws Exception {
        String plan = plan(dir, "SELECT id FROM jobcoach_form WHERE (jobcoach_form.placement_id = 'p'"
                + " AND jobcoach_form.deleted = 0) ORDER BY jobcoach_form.filled_on DESC");
        assertTrue(plan.contains("USING INDEX jobcoach_form_placement (placement_id=?)"), plan);
    }

    private static String plan(Path dir, String select) throws Exception {
        Path db = dir.resolve("werkmap.db");
        SchemaMigrator.migrate(db, Clock.systemUTC());
        StringBuilder plan = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + select)) {
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
        }
        return plan.toString();
    }
}
