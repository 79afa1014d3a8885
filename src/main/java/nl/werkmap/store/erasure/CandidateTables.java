package nl.werkmap.store.erasure;

import java.util.List;

import org.jooq.DSLContext;

/**
 * Which tables of the caseload file hold rows about one candidate, read from the schema itself rather than from a
 * hand list, so a table another feature adds later is covered the day it exists (the project's rule: every table
 * that holds data about one candidate has a {@code candidate_id} column). Child tables that reach the candidate only
 * through a placement (employer contacts) are found by their {@code placement_id} column.
 */
public final class CandidateTables {

    private CandidateTables() {
    }

    /** Every table with a {@code candidate_id} column, by name. */
    public static List<String> withCandidateId(DSLContext dsl) {
        return withColumn(dsl, "candidate_id");
    }

    /** Tables with a {@code placement_id} column but no {@code candidate_id}: they hang under a placement only. */
    public static List<String> underPlacementOnly(DSLContext dsl) {
        List<String> byCandidate = withCandidateId(dsl);
        return withColumn(dsl, "placement_id").stream().filter(t -> !byCandidate.contains(t)).toList();
    }

    /** Whether {@code table} has a column {@code column}. */
    public static boolean hasColumn(DSLContext dsl, String table, String column) {
        return dsl.resultQuery("SELECT 1 FROM pragma_table_info(?) WHERE name = ?", table, column).fetchOptional().isPresent();
    }

    private static List<String> withColumn(DSLContext dsl, String column) {
        return dsl.resultQuery("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c"
                        + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'flyway_%'"
                        + " AND c.name = ? ORDER BY m.name", column)
                .fetch(0, String.class);
    }

    /** A table name as found in the schema, quoted for SQL (names come from sqlite_master, never from input). */
    static String quoted(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }
}
