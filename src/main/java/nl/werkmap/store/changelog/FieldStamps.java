package nl.werkmap.store.changelog;

/**
 * The newest stamp per field of one row while a list of remote changes is worked out ({@link RowMerge}), as two
 * plain arrays with open addressing. A row names some twenty fields; a HashMap per row made a node object for each
 * of a first sync's millions of fields, and the collector's pauses were the largest single cost of that sync.
 */
final class FieldStamps {

    private String[] fields;
    private String[] stamps;
    private int size;

    /** Room for {@code expected} fields without growing. */
    FieldStamps(int expected) {
        int capacity = 8;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        fields = new String[capacity];
        stamps = new String[capacity];
    }

    /**
     * Forgets every field, with room for {@code expected} without growing: one instance serves row after row of a
     * merge (a first sync made two of these per new row, some 190,000 rows).
     */
    void clear(int expected) {
        if (fields.length < expected * 2) {
            int capacity = fields.length;
            while (capacity < expected * 2) {
                capacity <<= 1;
            }
            fields = new String[capacity];
            stamps = new String[capacity];
        } else if (size > 0) {
            java.util.Arrays.fill(fields, null);
            java.util.Arrays.fill(stamps, null);
        }
        size = 0;
    }

    /** The stamp kept for {@code field}, or null. */
    String get(String field) {
        int mask = fields.length - 1;
        for (int i = slot(field, mask); fields[i] != null; i = (i + 1) & mask) {
            if (fields[i].equals(field)) {
                return stamps[i];
            }
        }
        return null;
    }

    /** Keeps {@code stamp} for {@code field}, replacing what was kept. */
    void put(String field, String stamp) {
        int mask = fields.length - 1;
        int i = slot(field, mask);
        while (fields[i] != null) {
            if (fields[i].equals(field)) {
                stamps[i] = stamp;
                return;
            }
            i = (i + 1) & mask;
        }
        fields[i] = field;
        stamps[i] = stamp;
        if (++size * 2 > fields.length) {
            grow();
        }
    }

    /** Keeps the newer of {@code stamp} and what is kept for {@code field} (the kept one when equal). */
    void newest(String field, String stamp) {
        String kept = get(field);
        if (kept == null || kept.compareTo(stamp) < 0) {
            put(field, stamp);
        }
    }

    private void grow() {
        String[] oldFields = fields;
        String[] oldStamps = stamps;
        fields = new String[oldFields.length * 2];
        stamps = new String[oldFields.length * 2];
        size = 0;
        for (int i = 0; i < oldFields.length; i++) {
            if (oldFields[i] != null) {
                put(oldFields[i], oldStamps[i]);
            }
        }
    }

    private static int slot(String field, int mask) {
        int h = field.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
