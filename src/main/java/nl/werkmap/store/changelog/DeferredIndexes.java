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
 * Indexes that only readers use, set aside while a bulk delivery fills a nearly empty caseload, and built again
 * when it ends.
 *
 * <p>Why: a first sync to a new laptop writes some 134,000 sessions and 189,000 change-log entries, and every row
 * went into each index of its table one at a time, the keys all over the tree. Measured on a 5,000-candidate team
 * (the replay mode of TeamSyncBench, interleaved pairs): the laptop's apply thread 3.6-4.8 s of CPU with these six
 * indexes kept, 2.3-2.8 s with them set aside; building the six again at the end takes about 0.4 s (one pass over
 * the table and one sort each), on the sync's thread.
 *
 * <p>Which: indexes that no write of a delivery reads. Not {@code change_log_row} (the merge reads every row's
 * stamps through it), not {@code session_live_last} (the candidate trigger reads it), no UNIQUE index (it would
 * stop refusing duplicates) and none of a table that already holds {@value #NEARLY_EMPTY} rows or more (building
 * such an index again costs more than the delivery saves). Nothing read gives other rows without an index, only
 * slower ones: a coach who opens the week view while the first sync runs waits a little longer for it.
 *
 * <p>Safe to stop at any point: each index's statement goes into {@code deferred_index} in the transaction that
 * drops it, and an index is built again in the transaction that removes its row, so an index is either in the
 * schema or in that table. One left there (the app stopped halfway) is built again when the caseload opens
 * ({@link ChangeLog#buildDeferredIndexes()}).
 */
final class DeferredIndexes {

    /** The indexes a bulk delivery may set aside (see the class comment for why these and no others). */
    static final List<String> NAMES = List.of("session_report", "session_coach_day", "session_placement",
            "plan_action_open_due", "plan_action_candidate", "change_log_hlc");

    /** Rows from which a table no longer counts as nearly empty. */
    static final int NEARLY_EMPTY = 1_000;

    private DeferredIndexes() {
    }

    /**
     * Sets aside each index of {@link #NAMES} still in the schema whose table holds fewer than {@value
     * #NEARLY_EMPTY} rows, in the caller's transaction. Returns the names set aside now.
     */
    static List<String> setAsideWhereNearlyEmpty(Connection connection) throws SQLException {
        List<String> setAside = new ArrayList<>();
        for (String name : NAMES) {
            Index index = index(connection, name);
            if (index == null || index.unique() || !nearlyEmpty(connection, index.table())) {
                continue;
            }
            try (PreparedStatement keep = connection.prepareStatement(
                    "INSERT INTO deferred_index (name, sql) VALUES (?, ?)")) {
                keep.setString(1, name);
                keep.setString(2, index.sql());
                keep.executeUpdate();
            }
            try (Statement drop = connection.createStatement()) {
                drop.execute("DROP INDEX " + quoted(name));
            }
            setAside.add(name);
        }
        return setAside;
    }

    /** Builds every index set aside again, in the caller's transaction; returns how many. */
    static int buildAgain(Connection connection) throws SQLException {
        List<String[]> kept = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM deferred_index ORDER BY name")) {
            while (rs.next()) {
                kept.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] index : kept) {
            try (Statement build = connection.createStatement()) {
                build.execute(index[1]);
            }
            try (PreparedStatement done = connection.prepareStatement("DELETE FROM deferred_index WHERE name = ?")) {
                done.setString(1, index[0]);
                done.executeUpdate();
            }
        }
        return kept.size();
    }

    /** An index as the schema holds it. */
    private record Index(String table, String sql) {
        boolean unique() {
            return sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("CREATE UNIQUE");
        }
    }

    private static Index index(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                // An automatic index has no statement: never one of ours, and nothing could build it again.
                return rs.next() && rs.getString(2) != null ? new Index(rs.getString(1), rs.getString(2)) : null;
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

    /** A name from the schema or from {@link #NAMES}, quoted for SQL; never from input. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
