package nl.werkmap.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;


import nl.werkmap.store.StoreException;

/**
 * Refuses a file that is not a Werkmap caseload before anything writes to it, so a wrongly chosen file (a
 * spreadsheet, another program's database) is never migrated into a half-Werkmap file.
 */
public final class CaseloadFileCheck {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Tables only a Werkmap caseload has together. */
    private static final Set<String> WERKMAP_TABLES = Set.of("flyway_schema_history", "candidate", "change_log");

    private CaseloadFileCheck() {
    }

    /** What the file turned out to be. */
    public enum Kind {
        /** No file yet, or an empty one: Flyway builds the schema from scratch. */
        NEW,
        /** A Werkmap caseload (perhaps of an older version). */
        WERKMAP
    }

    /**
     * @throws StoreException if the file exists but is not a Werkmap caseload; the file is left untouched
     */
    public static Kind check(Path dbFile) {
        try {
            if (!Files.exists(dbFile) || Files.size(dbFile) == 0) {
                return Kind.NEW;
            }
            if (!hasSqliteHeader(dbFile)) {
                throw notACaseload(dbFile, null);
            }
            Set<String> tables = tablesOf(dbFile);
            if (tables.isEmpty()) {
                return Kind.NEW;
            }
            if (!tables.containsAll(WERKMAP_TABLES)) {
                throw notACaseload(dbFile, null);
            }
            return Kind.WERKMAP;
        } catch (IOException e) {
            throw new StoreException("Het bestand " + dbFile + " kan niet worden gelezen (" + e.getMessage()
                    + "). Controleer of het bestand bestaat en of je het mag lezen.", e);
        }
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            return read == head.length && Arrays.equals(head, SQLITE_HEADER);
        }
    }

    /** Lists the tables through a read-only connection, which creates no journal or WAL file beside it. */
    private static Set<String> tablesOf(Path file) {
        try (Connection c = ReadOnlyLook.connect(file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            Set<String> names = new HashSet<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw notACaseload(file, e);
        }
    }

    private static StoreException notACaseload(Path file, Throwable cause) {
        return new StoreException("Dit bestand is geen Werkmap-caseload: " + file.getFileName()
                + ". Het is niet gewijzigd. Kies het bestand werkmap.db uit je Werkmap-map, of kies een lege map "
                + "om een nieuwe caseload te beginnen.", cause);
    }
}
