package nl.werkmap.bench.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.TamperedFieldException;

/**
 * What a laptop's caseload holds, to check that a replayed sync is the recorded one (TeamSyncBench
 * {@code -Dbench.hub=replay}): per table (every table of the file but SQLite's own) the row count and a SHA-256 of
 * its rows, each row as its columns' names and values with sealed values opened (sealing takes a fresh nonce each
 * time, so the stored bytes differ between two runs of the same sync; the opened text does not), rows sorted, and
 * the schema as one more line ({@code sqlite_master}: each object's type, name, table and statement). Read
 * through a read-only connection of its own after the laptop's JVM ended.
 *
 * <p>Left out, each with why ({@link #LOCAL}): columns a device fills from its own clock or chance when it writes,
 * which no two runs of the same sync share.
 */
final class CaseloadFingerprint {

    /**
     * Table → columns left out of the hash, as their values are the device's own time of writing or chance: a
     * conflict's id (a random UUID, DownApplier and ConflictNotes) and when it was found (the device's clock), and
     * when the device last synced (SyncIdentityStore). The conflict's other columns, its losing value opened, count.
     */
    static final Map<String, Set<String>> LOCAL = Map.of(
            "sync_conflict", Set.of("id", "detected_at"),
            "sync_enrollment", Set.of("last_success_at"));

    private CaseloadFingerprint() {
    }

    /** One line per table: {@code table: rows N, sha256 H}, in table order. */
    static List<String> of(Path dbFile, FieldSealer sealer) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + dbFile + "?mode=ro");
             Statement st = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT"
                    + " LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                lines.add(line(table, rows(st, table, sealer)));
            }
            lines.add(line("sqlite_master", schema(st)));
        }
        return lines;
    }

    /** {@code name: rows N, sha256 H} over {@code rows}, sorted. */
    private static String line(String name, List<String> rows) throws Exception {
        Collections.sort(rows);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String row : rows) {
            sha.update(row.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return String.format(Locale.ROOT, "%s: rows %d, sha256 %s", name, rows.size(),
                HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * The schema: every table, index, trigger and view with its statement, so a sync that set indexes and
     * triggers aside and made them again (DeferredSchema) must leave them as they were. The page numbers (rootpage)
     * are left out: an index built again lives elsewhere in the file.
     */
    private static List<String> schema(Statement st) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
        }
        return rows;
    }

    private static List<String> rows(Statement st, String table, FieldSealer sealer) throws SQLException {
        Set<String> left = LOCAL.getOrDefault(table, Set.of());
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            int idColumn = -1;
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                if (meta.getColumnName(c).equals("id")) {
                    idColumn = c;
                }
            }
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                String id = idColumn > 0 ? rs.getString(idColumn) : null;
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    String column = meta.getColumnName(c);
                    if (left.contains(column)) {
                        continue;
                    }
                    Object value = rs.getObject(c);
                    row.append(column).append('=');
                    if (value instanceof byte[] bytes) {
                        row.append(opened(sealer, table, column, id, bytes));
                    } else {
                        row.append(value);
                    }
                    row.append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String opened(FieldSealer sealer, String table, String column, String id, byte[] bytes) {
        if (id != null) {
            try {
                return "opened:" + sealer.open(table, column, id, bytes);
            } catch (TamperedFieldException | IllegalArgumentException notSealedHere) {
                // Not a value sealed for this row and column: its bytes as they are.
            }
        }
        return "bytes:" + Base64.getEncoder().encodeToString(bytes);
    }
}
