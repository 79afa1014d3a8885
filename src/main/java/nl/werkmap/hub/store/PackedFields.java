package nl.werkmap.hub.store;

import java.util.Arrays;
import java.util.List;

/**
 * A page of a first fetch's fields read one row at a time: SQLite packs each row's fields into one text (lengths,
 * then the bytes), so the driver hands out one array per row instead of one per column of every field. A 5,000
 * candidate team is two million fields; reading five or six columns of each through JDBC (a native call and a new
 * array each) was the largest part of the hub's first fetch. The values stay where they are in the row's array
 * ({@link FeedRow.Write#put(String, Object, int, int)}); only each write's stamp and writer are copied out.
 *
 * <p>Each field is {@code F,V,S,H,D:} (byte lengths of field name, value, sealed value, stamp and writer; -1 for a
 * null value or sealed value) followed by those texts' bytes as stored. The fields come in the key's order (entity,
 * row id, field name), the order {@link FirstFeed}'s column read gives them in.
 */
final class PackedFields {

    /**
     * One row of this per journaled row of the page (row id, its packed fields), by row id; the same range and
     * journal limit as the column read. SQLite walks the primary key (entity, entity_id, field) for it: no sort.
     */
    static final String SQL = "SELECT entity_id, group_concat(concat(octet_length(field), ',',"
            + " coalesce(octet_length(value), -1), ',', coalesce(octet_length(sealed_value), -1), ',',"
            + " octet_length(hlc), ',', octet_length(device_id), ':', field, value, sealed_value, hlc, device_id), '')"
            + " FROM master_field WHERE entity = ? AND entity_id > ? AND entity_id <= ? AND journal_seq <= ?"
            + " GROUP BY entity_id ORDER BY entity_id";

    private PackedFields() {
    }

    /**
     * Adds the fields packed in {@code packed} to {@code writes} (a write per stamp and writer, in the order first
     * met), values as parts of {@code packed}, sealed values marked to be opened; whether any field was sealed.
     */
    static boolean read(byte[] packed, List<FeedRow.Write> writes, FieldNames names) {
        boolean sealed = false;
        int[] at = {0};
        while (at[0] < packed.length) {
            int fieldLength = number(packed, at, ',');
            int valueLength = number(packed, at, ',');
            int sealedLength = number(packed, at, ',');
            int hlcLength = number(packed, at, ',');
            int deviceLength = number(packed, at, ':');
            int field = at[0];
            int value = field + fieldLength;
            int sealedValue = value + Math.max(0, valueLength);
            int hlc = sealedValue + Math.max(0, sealedLength);
            int device = hlc + hlcLength;
            int end = device + deviceLength;
            if (fieldLength < 0 || hlcLength < 0 || deviceLength < 0 || end > packed.length) {
                throw broken(packed, at[0]);
            }
            at[0] = end;
            FeedRow.Write write = write(writes, packed, hlc, hlcLength, device, deviceLength);
            String name = names.name(packed, field, fieldLength);
            if (sealedLength >= 0) {
                write.putSealed(name, packed, sealedValue, sealedLength);
                sealed = true;
            } else if (valueLength >= 0) {
                write.put(name, packed, value, valueLength);
            } else {
                write.put(name, null, 0, 0);
            }
        }
        return sealed;
    }

    /** The write stamped {@code packed[hlc, +hlcLength)} by {@code packed[device, +deviceLength)}; new if none yet. */
    private static FeedRow.Write write(List<FeedRow.Write> writes, byte[] packed, int hlc, int hlcLength, int device,
                                       int deviceLength) {
        for (int i = 0; i < writes.size(); i++) {
            FeedRow.Write w = writes.get(i);
            if (Arrays.equals(w.hlcBytes, 0, w.hlcBytes.length, packed, hlc, hlc + hlcLength)
                    && Arrays.equals(w.originBytes, 0, w.originBytes.length, packed, device, device + deviceLength)) {
                return w;
            }
        }
        FeedRow.Write write = new FeedRow.Write(Arrays.copyOfRange(packed, hlc, hlc + hlcLength),
                Arrays.copyOfRange(packed, device, device + deviceLength));
        writes.add(write);
        return write;
    }

    /** The whole number (ASCII digits, perhaps a minus) at {@code at[0]} up to {@code end}, which it steps past. */
    private static int number(byte[] packed, int[] at, char end) {
        int i = at[0];
        boolean negative = i < packed.length && packed[i] == '-';
        if (negative) {
            i++;
        }
        int start = i;
        long value = 0;
        while (i < packed.length && packed[i] >= '0' && packed[i] <= '9' && i - start < 10) {
            value = value * 10 + (packed[i] - '0');
            i++;
        }
        if (i == start || i >= packed.length || packed[i] != end || value > Integer.MAX_VALUE) {
            throw broken(packed, at[0]);
        }
        at[0] = i + 1;
        return (int) (negative ? -value : value);
    }

    private static HubStoreException broken(byte[] packed, int at) {
        return new HubStoreException("De velden van een rij in de hub-database kwamen onleesbaar terug (positie " + at
                + " van " + packed.length + " bytes).", null);
    }
}
