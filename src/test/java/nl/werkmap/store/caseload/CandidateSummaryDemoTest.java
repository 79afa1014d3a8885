package nl.werkmap.store.caseload;

import static nl.werkmap.store.caseload.ReferenceCandidateSelect.rowsAsText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The demo caseload at 5,000 candidates read both ways: the summary-based list statement and the old subqueries
 * ({@link ReferenceCandidateSelect}) give the same rows on several days, after edits that lower or move what the
 * summary holds. Then the summary is made again with the migration's own backfill (what a laptop updating to V43
 * runs once) and must equal the one the triggers kept.
 */
class CandidateSummaryDemoTest {

    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    @Test
    void theDemoCaseloadReadsTheSameBothWaysAndTheBackfillEqualsTheTriggers() throws Exception {
        Path db = dir.resolve("werkmap.db");
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            DemoCaseload.generate(store, 5_000, 7, DEMO_DAY, done -> { });
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // Lower what the summary holds (soft and hard deletes of the latest rows), move rows, mark a future
            // session done (the list's fall-back), overrule consents on the same day, remove profiles.
            s.executeUpdate("UPDATE coaching_session SET deleted = 1 WHERE rowid % 7 = 0");
            s.executeUpdate("DELETE FROM coaching_session WHERE rowid % 13 = 0");
            s.executeUpdate("UPDATE coaching_session SET state = 'GEDAAN' WHERE rowid % 17 = 0");
            s.executeUpdate("UPDATE coaching_session SET candidate_id = (SELECT min(id) FROM candidate)"
                    + " WHERE rowid % 101 = 0");
            s.executeUpdate("UPDATE ladder_measurement SET deleted = 1 WHERE rowid % 5 = 0");
            s.executeUpdate("DELETE FROM ladder_measurement WHERE rowid % 9 = 0");
            s.executeUpdate("UPDATE consent SET deleted = 1 WHERE rowid % 11 = 0");
            s.executeUpdate("INSERT INTO consent (id, candidate_id, purpose, given, decided_on, updated_at,"
                    + " updated_by, deleted) SELECT id || '-later', candidate_id, purpose, 1 - given, decided_on,"
                    + " updated_at || 'z', updated_by, 0 FROM consent WHERE purpose = 'PROFIEL_AAN_WERKGEVER'"
                    + " AND rowid % 3 = 0");
            s.executeUpdate("UPDATE werknemersprofiel SET deleted = 1 WHERE rowid % 2 = 0");
            s.executeUpdate("DELETE FROM candidate WHERE rowid % 97 = 0");
            c.commit();

            int futureDone = count(s, "SELECT count(*) FROM candidate_summary WHERE last_done_at >= '"
                    + DEMO_DAY.minusDays(30) + "'");
            assertTrue(futureDone > 0, "some candidates have a done session after the earliest day read");
            for (LocalDate today : new LocalDate[] {DEMO_DAY.minusDays(30), DEMO_DAY, DEMO_DAY.plusDays(400)}) {
                List<String> now = rowsAsText(c, CandidateLine.SELECT, today, true);
                assertTrue(now.size() > 4_900, "the live candidates: " + now.size());
                assertEquals(rowsAsText(c, ReferenceCandidateSelect.SELECT, today, false), now, "today " + today);
            }

            List<String> kept = table(s);
            s.executeUpdate("DELETE FROM candidate_summary");
            for (String statement : backfill()) {
                s.executeUpdate(statement);
            }
            assertEquals(kept, table(s), "the migration's backfill gives what the triggers kept");
            c.rollback();
        }
    }

    /** The statements of V43 that fill the table, in order: those after its CREATE TABLE, before the triggers. */
    private static List<String> backfill() throws IOException {
        String sql;
        try (InputStream in = CandidateSummaryDemoTest.class.getResourceAsStream(
                "/db/migration/V43__candidate_summary.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String fill = sql.substring(sql.indexOf(") WITHOUT ROWID;") + ") WITHOUT ROWID;".length(),
                sql.indexOf("CREATE TRIGGER"));
        String withoutComments = String.join("\n", fill.lines().filter(l -> !l.startsWith("--")).toList());
        List<String> statements = new ArrayList<>();
        for (String part : withoutComments.split(";")) {
            String statement = part.strip();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        assertEquals(5, statements.size(), statements.toString());
        return statements;
    }

    private static List<String> table(Statement s) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT candidate_id, last_done_at, last_ladder, profile_consent,"
                + " has_profile FROM candidate_summary ORDER BY candidate_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getString(3) + '|' + rs.getString(4)
                        + '|' + rs.getString(5));
            }
        }
        return rows;
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
