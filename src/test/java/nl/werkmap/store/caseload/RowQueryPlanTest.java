package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.db.SchemaMigrator;

/**
 * The list row read after every save asks for its candidate's placements through the candidate's own index. Asked
 * with the type and the open end as well, SQLite took the index that starts with the type and walked every running
 * proefplaatsing of the caseload, 3-7 ms per save at 150,000 candidates (issue 13). The plan depends on the schema
 * and the statement only (the app keeps no statistics), so an empty file of the current schema shows it.
 */
class RowQueryPlanTest {

    @Test
    void aSavedCandidatesPlacementsAreReadThroughTheCandidatesOwnIndex(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("werkmap.db");
        SchemaMigrator.migrate(db, Clock.systemUTC());
        String sql = CaseloadRowQuery.livePlacements(DSL.using(SQLDialect.SQLITE), "c-1").getSQL(ParamType.INLINED);
        StringBuilder plan = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
        }
        assertTrue(plan.toString().contains("placement_report_candidate (candidate_id=?"), sql + "\n" + plan);
    }
}
