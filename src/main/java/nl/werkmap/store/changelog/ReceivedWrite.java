package nl.werkmap.store.changelog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;

import nl.werkmap.store.jooq.Tables;

/**
 * The compact change-log form of a received write: one entry per row, stamp and writer instead of one per field.
 * A first sync brings millions of fields; logging each with its value made the log twelve times the size of the
 * rows and most of the sync's time, while nothing ever reads a received value back except the {@code deleted} flag
 * (the history tells a deletion from a restore by it). Received entries never go out again, so what the log needs
 * of them is which fields the write set and at which stamp: per-field last-writer-wins, the bases of later own
 * edits and the history all read just that.
 *
 * <p>Stored as a change-log entry with {@link #FIELD} as its field, not sealed, and as value the UTF-8 text of the
 * field names in the order they came, one a line; the {@code deleted} field's line carries its value as
 * {@code deleted=true}. A field name is a column name, so it never holds a line break or '='. Entries written
 * before this form (one per field, with the value) stay valid; readers take both.
 */
public final class ReceivedWrite {

    /** The field of a packed entry: no column is called this. */
    public static final String FIELD = "*";

    private static final String DELETED = "deleted";

    private ReceivedWrite() {
    }

    /** Whether a change-log entry with this field is a packed received write. */
    public static boolean isPacked(String field) {
        return FIELD.equals(field);
    }

    /** The fields one received write set, in order, with their stored values: what its packed entry names. */
    interface Written {
        int count();

        String field(int k);

        /** The stored value of field {@code k} (UTF-8 of a plain value, sealed bytes, or null). */
        byte[] value(int k);
    }

    /** The packed value of one write: the fields in order, the deleted flag's value kept. */
    static byte[] pack(Written fields) {
        byte[] ascii = packAscii(fields);
        return ascii != null ? ascii : packText(fields);
    }

    /**
     * {@link #packText}'s bytes written straight, when every field name and the deleted flag's value are ASCII
     * (column names always are; the flag is "true" or "false"): one array per write instead of a builder, its text
     * and the encoded copy. Null when something is not ASCII.
     */
    private static byte[] packAscii(Written fields) {
        int length = fields.count() - 1;
        byte[] deleted = null;
        for (int k = 0; k < fields.count(); k++) {
            String name = fields.field(k);
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) >= 0x80) {
                    return null;
                }
            }
            length += name.length();
            if (DELETED.equals(name)) {
                length++;
                byte[] value = fields.value(k);
                if (value != null) {
                    for (byte b : value) {
                        if (b < 0) {
                            return null; // not ASCII: the text path decodes it as before
                        }
                    }
                    length += value.length;
                }
            }
        }
        byte[] packed = new byte[Math.max(0, length)];
        int at = 0;
        for (int k = 0; k < fields.count(); k++) {
            if (at > 0) {
                packed[at++] = '\n';
            }
            String name = fields.field(k);
            for (int i = 0; i < name.length(); i++) {
                packed[at++] = (byte) name.charAt(i);
            }
            if (DELETED.equals(name)) {
                packed[at++] = '=';
                byte[] value = fields.value(k);
                if (value != null) {
                    System.arraycopy(value, 0, packed, at, value.length);
                    at += value.length;
                }
            }
        }
        // Shorter only when a field name is empty (no line break before the next, as in the text form).
        return at == packed.length ? packed : java.util.Arrays.copyOf(packed, at);
    }

    /** The packed value as text, encoded: any field name and deleted value. */
    static byte[] packText(Written fields) {
        // Sized up front: a row write names some twenty fields, and growing the builder showed in a first sync.
        int length = fields.count();
        for (int k = 0; k < fields.count(); k++) {
            length += fields.field(k).length();
        }
        StringBuilder text = new StringBuilder(length + 8);
        for (int k = 0; k < fields.count(); k++) {
            String name = fields.field(k);
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(name);
            if (DELETED.equals(name)) {
                text.append('=');
                byte[] value = fields.value(k);
                if (value != null) {
                    text.append(new String(value, StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The field names of a packed entry, in the order they came (the deleted flag among them). */
    public static List<String> fields(byte[] packed) {
        List<String> names = new ArrayList<>();
        if (packed == null || packed.length == 0) {
            return names;
        }
        for (String line : new String(packed, StandardCharsets.UTF_8).split("\n", -1)) {
            int is = line.indexOf('=');
            names.add(is < 0 ? line : line.substring(0, is));
        }
        return names;
    }

    /**
     * The value the write gave the deleted flag, as its stored text ("" when cleared), or null when the write did
     * not set it.
     */
    public static String deleted(byte[] packed) {
        if (packed == null) {
            return null;
        }
        for (String line : new String(packed, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.startsWith(DELETED + "=")) {
                return line.substring(DELETED.length() + 1);
            }
        }
        return null;
    }

    /**
     * In SQL over the change log: a change-log entry that wrote {@code column}, in either form (one entry per field,
     * or a packed received write naming it on a line of its own).
     */
    public static Condition wrote(String column) {
        return Tables.CHANGE_LOG.FIELD.eq(column).or(Tables.CHANGE_LOG.FIELD.eq(FIELD).and(DSL.condition(
                "instr(char(10) || CAST({0} AS TEXT) || char(10), char(10) || {1} || char(10)) > 0",
                Tables.CHANGE_LOG.VALUE, DSL.inline(column))));
    }
}
