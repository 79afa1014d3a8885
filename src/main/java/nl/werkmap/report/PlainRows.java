package nl.werkmap.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * Walks a large intermediate result (tens of thousands of rows that are only counted or summed in Java) straight
 * from JDBC. jOOQ's {@code fetch()} makes a record per row and converts every value first; on the 150,000-candidate
 * demo set that was a visible part of the summary. A failure comes out as jOOQ's DataAccessException, like any
 * other query, so the store translates it as usual.
 */
final class PlainRows {

    /** Reads the current row of the result; it must not move the cursor. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private PlainRows() {
    }

    /** Runs {@code query} (its values inlined, as the plain-SQL benchmark runs it) and hands each row to {@code row}. */
    static void each(DSLContext dsl, ResultQuery<?> query, Row row) {
        String sql = dsl.renderInlined(query);
        dsl.connection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        });
    }
}
