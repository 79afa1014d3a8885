package nl.werkmap.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.sqlite.SQLiteConfig;

/**
 * A read-only connection for looking at a caseload before it is opened for use (what it is, whether it is intact,
 * which schema it has), that leaves the folder exactly as it was. A plain read-only connection to a WAL file creates
 * empty -wal and -shm files beside it, and leaves them; after a clean shutdown there is no WAL, so the file alone is
 * the whole truth and SQLite's {@code immutable} flag reads it without any companion file or lock. After an unclean
 * shutdown the WAL is there and must be read, so then the connection is an ordinary read-only one.
 */
final class ReadOnlyLook {

    private ReadOnlyLook() {
    }

    static Connection connect(Path dbFile) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Path absolute = dbFile.toAbsolutePath();
        boolean walPresent = Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"))
                || Files.exists(absolute.resolveSibling(absolute.getFileName() + "-shm"))
                || Files.exists(absolute.resolveSibling(absolute.getFileName() + "-journal"));
        String url = walPresent
                ? "jdbc:sqlite:" + absolute
                : "jdbc:sqlite:" + absolute.toUri() + "?immutable=1";
        return config.createConnection(url);
    }
}
