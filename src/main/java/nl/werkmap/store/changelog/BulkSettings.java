package nl.werkmap.store.changelog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection's settings while a bulk delivery is written, set back after: a large page cache, and SQLite's
 * temporary files in memory.
 *
 * <ul>
 *   <li>Page cache: a first sync's bundle logs tens of thousands of fields in one transaction, touching index pages
 *       all over the change log; with the everyday cache SQLite writes pages out and reads them back within the
 *       transaction.</li>
 *   <li>Temporary files in memory: an INSERT into a table with triggers keeps a statement journal (the pages it
 *       changes, so a failing row can be undone alone). Once one statement's journal outgrew SQLite's in-memory
 *       limit it lives in a temporary file, and every later row of the transaction wrote its pages to that file:
 *       inserting a first sync's 134,444 sessions one row per statement took 2.2-2.5 s CPU through the driver and
 *       some 14 pwrite calls per row (5.9 million for three rounds under strace), 1.5-1.6 s and 0.37 million calls
 *       (the WAL's) with the journal in memory, where only the statement's own few pages are kept.</li>
 * </ul>
 * Neither changes what is written. Nothing uses TEMP tables on the writing connection; should SQLite still refuse
 * the change of temporary storage (it does while a TEMP table is open), the run goes on with files.
 */
final class BulkSettings {

    /** The page cache while a bulk delivery is written, in KiB. */
    static final int BIG_CACHE_KIB = 128 * 1024;

    private final Connection connection;
    private final long everydayCache;
    /** The temp_store setting before (0 default, 1 file, 2 memory); -1 when it was left alone. */
    private final int everydayTempStore;

    private BulkSettings(Connection connection, long everydayCache, int everydayTempStore) {
        this.connection = connection;
        this.everydayCache = everydayCache;
        this.everydayTempStore = everydayTempStore;
    }

    /** Raises the settings on {@code connection} until {@link #restore()}. */
    static BulkSettings raise(Connection connection) throws SQLException {
        long cache = number(connection, "cache_size");
        execute(connection, "PRAGMA cache_size = " + -BIG_CACHE_KIB);
        int tempStore = (int) number(connection, "temp_store");
        boolean memory = tempStore != 2 && tryExecute(connection, "PRAGMA temp_store = MEMORY");
        return new BulkSettings(connection, cache, memory ? tempStore : -1);
    }

    /** The everyday settings again. */
    void restore() throws SQLException {
        execute(connection, "PRAGMA cache_size = " + everydayCache);
        if (everydayTempStore >= 0) {
            tryExecute(connection, "PRAGMA temp_store = " + everydayTempStore);
        }
    }

    private static long number(Connection connection, String pragma) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Whether SQLite took the setting; a refusal leaves the transaction as it was. */
    private static boolean tryExecute(Connection connection, String sql) {
        try {
            execute(connection, sql);
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }
}
