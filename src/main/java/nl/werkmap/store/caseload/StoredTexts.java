package nl.werkmap.store.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Text columns whose values repeat over the caseload (status, register status, coach id, sector choice, school),
 * read as one shared string per distinct value. The driver's getString makes four objects per value (a direct
 * buffer, two byte arrays and the string); at 150,000 rows with six such columns that was a large share of the
 * list's garbage, for a few hundred distinct values. Here a value's UTF-8 bytes (one array, taken straight from
 * SQLite) are looked up among the values met so far; only a value not met yet is read with getString. Equal bytes
 * give equal strings, so every row gets exactly the string getString gave it. A shared string also keeps its hash,
 * so the lookups by coach id and sector choice that follow no longer hash a fresh string per row.
 *
 * <p>For the reading thread of one list read only (not thread-safe). Past {@link #KEPT} distinct values it stops
 * remembering and reads every further new value with getString, as before.
 */
final class StoredTexts {

    private static final int SLOTS = 1 << 14;
    private static final int KEPT = SLOTS / 2;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];
    private int kept;

    /** What {@code rs.getString(column)} gives for the current row, shared with earlier rows of the same value. */
    String text(ResultSet rs, int column) throws SQLException {
        byte[] bytes = rs.getBytes(column);
        if (bytes == null) {
            // The driver gives null for SQL NULL only (an empty text is an empty array), where getString gives null.
            return null;
        }
        int hash = Arrays.hashCode(bytes);
        hash ^= hash >>> 16;
        for (int slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
            byte[] key = keys[slot];
            if (key == null) {
                String text = rs.getString(column);
                if (kept < KEPT) {
                    keys[slot] = bytes;
                    values[slot] = text;
                    kept++;
                }
                return text;
            }
            if (Arrays.equals(key, bytes)) {
                return values[slot];
            }
        }
    }
}
