package nl.werkmap.store.changelog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Schema objects set aside while a bulk delivery fills a nearly empty caseload, and made again when it ends: the
 * indexes only readers use, and the triggers that keep each candidate's last session done
 * ({@code candidate_summary.last_done_at}) as sessions come and go.
 *
 * <p>Why: a first sync to a new laptop writes some 134,000 sessions and 189,000 change-log entries, and every row
 * went into each index of its table one at a time, the keys all over the tree, and every session fired a trigger
 * that rewrote its candidate's summary row. Measured on a 5,000-candidate team (the replay mode of TeamSyncBench,
 * interleaved pairs): the laptop's apply thread 3.6-4.8 s of CPU with the six indexes kept, 2.3-2.8 s with them set
 * aside, and about 0.2-0.45 s less again with the session triggers set aside too. Building the six again at the end
 * takes about 0.4 s (one pass over the table and one sort each) and working out every candidate's last session done
 * again about 10 ms (one look along {@code session_live_last} per candidate), on the sync's thread.
 *
 * <p>Which indexes: those that no write of a delivery reads. Not {@code change_log_row} (the merge reads every row's
 * stamps through it), not {@code session_live_last} (the candidate trigger and the summary worked out again read
 * it), no UNIQUE index (it would stop refusing duplicates). Which triggers: the three on {@code coaching_session};
 * the summary's other columns follow tables a first sync writes little of. Nothing of a table that already holds
 * {@value #NEARLY_EMPTY} rows or more is set aside (making it again costs more than the delivery saves). Nothing read
 * gives other rows without an index, only slower ones: a coach who opens the week view while the first sync runs
 * waits a little longer for it; the list may show a candidate's last session done only once the sync has ended.
 *
 * <p>Safe to stop at any point: each object's statement goes into {@code deferred_schema} in the transaction that
 * drops it, and it is made again in the transaction that removes its row, the summary worked out again in that same
 * transaction, so an object is either in the schema or in that table. One left there (the app stopped halfway) is
 * made again when the caseload opens ({@link ChangeLog#restoreSetAside()}).
 */
final class DeferredSchema {

    /** The indexes a bulk delivery may set aside (see the class comment for why these and no others). */
    static final List<String> INDEXES = List.of("session_report", "session_coach_day", "session_placement",
            "plan_action_open_due", "plan_action_candidate", "change_log_hlc");

    /** The triggers on {@code coaching_session} that keep {@code candidate_summary.last_done_at} (V43). */
    static final List<String> SUMMARY_TRIGGERS = List.of("candidate_summary_session_insert",
            "candidate_summary_session_update", "candidate_summary_session_delete");

    /** What the session triggers keep, worked out for every candidate at once; as the candidate trigger does. */
    static final String LAST_DONE_AGAIN = "UPDATE candidate_summary SET last_done_at = (SELECT max(s.starts_at)"
            + " FROM coaching_session s WHERE s.candidate_id = candidate_summary.candidate_id AND s.deleted = 0"
            + " AND (s.state IS NULL OR s.state = 'GEDAAN'))";

    /** Rows from which a table no longer counts as nearly empty. */
    static final int NEARLY_EMPTY = 1_000;

    private DeferredSchema() {
    }

    /**
     * Sets aside each index of {@link #INDEXES} and each trigger of {@link #SUMMARY_TRIGGERS} still in the schema
     * whose table holds fewer than {@value #NEARLY_EMPTY} rows, in the caller's transaction. Returns the names set
     * aside now, indexes first.
     */
    static List<String> setAsideWhereNearlyEmpty(Connection connection) throws SQLException {
        List<String> setAside = new ArrayList<>();
        for (String name : INDEXES) {
            SchemaObject index = object(connection, "index", name);
            if (index != null && !index.unique() && nearlyEmpty(connection, index.table())) {
                setAside(connection, "INDEX", name, index.sql());
                setAside.add(name);
            }
        }
        for (String name : SUMMARY_TRIGGERS) {
            SchemaObject trigger = object(connection, "trigger", name);
            if (trigger != null && nearlyEmpty(connection, trigger.table())) {
                setAside(connection, "TRIGGER", name, trigger.sql());
                setAside.add(name);
            }
        }
        return setAside;
    }

    /**
     * Makes every object set aside again, in the caller's transaction, the summary the triggers keep worked out
     * again first when they were aside; returns how many.
     */
    static int buildAgain(Connection connection) throws SQLException {
        List<String[]> kept = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM deferred_schema ORDER BY name")) {
            while (rs.next()) {
                kept.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        if (kept.stream().anyMatch(k -> SUMMARY_TRIGGERS.contains(k[0]))) {
            try (Statement again = connection.createStatement()) {
                again.executeUpdate(LAST_DONE_AGAIN);
            }
        }
        for (String[] object : kept) {
            try (Statement build = connection.createStatement()) {
                build.execute(object[1]);
            }
            try (PreparedStatement done = connection.prepareStatement("DELETE FROM deferred_schema WHERE name = ?")) {
                done.setString(1, object[0]);
                done.executeUpdate();
            }
        }
        return kept.size();
    }

    private static void setAside(Connection connection, String type, String name, String sql) throws SQLException {
        try (PreparedStatement keep = connection.prepareStatement(
                "INSERT INTO deferred_schema (name, sql) VALUES (?, ?)")) {
            keep.setString(1, name);
            keep.setString(2, sql);
            keep.executeUpdate();
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP " + type + " " + quoted(name));
        }
    }

    /** An index or trigger as the schema holds it. */
    private record SchemaObject(String table, String sql) {
        boolean unique() {
            return sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("CREATE UNIQUE");
        }
    }

    private static SchemaObject object(Connection connection, String type, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT tbl_name, sql FROM sqlite_master WHERE type = ? AND name = ?")) {
            s.setString(1, type);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                // An automatic index has no statement: never one of ours, and nothing could build it again.
                return rs.next() && rs.getString(2) != null ? new SchemaObject(rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    private static boolean nearlyEmpty(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT 1 FROM " + quoted(table) + " LIMIT "
                     + NEARLY_EMPTY + ")")) {
            rs.next();
            return rs.getInt(1) < NEARLY_EMPTY;
        }
    }

    /** A name from the schema or from the lists above, quoted for SQL; never from input. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
