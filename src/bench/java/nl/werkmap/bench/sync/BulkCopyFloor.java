package nl.werkmap.bench.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * The floor of the sync benches: the same tables' rows copied into a new SQLite file in one transaction, with no
 * indexes, change log or decryption — what the hardware allows for writing those rows at all.
 */
public final class BulkCopyFloor {

    private BulkCopyFloor() {
    }

    public static void copy(Path from, Path to, List<String> tables) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + to.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("ATTACH DATABASE '" + from.toAbsolutePath().toString().replace("'", "''") + "' AS src");
            c.setAutoCommit(false);
            for (String table : tables) {
                s.execute("CREATE TABLE " + table + " AS SELECT * FROM src." + table + " WHERE 0");
                s.execute("INSERT INTO " + table + " SELECT * FROM src." + table);
            }
            c.commit();
        }
    }
}
