package nl.werkmap.hub.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.werkmap.sync.protocol.Change;

/**
 * One row of a first fetch as {@link FirstFeed} reads it: its writes (each a stamp, a writer and its fields in the
 * order read) in the feed's order, then its tombstone if it has one. It is what {@link #changes()} gives as
 * {@link Change}s, without them: a first fetch is two million fields, and each went into a builder's map, was
 * copied into the change's own map, and its value was decoded from the journal's UTF-8 into a string only to be
 * encoded back into UTF-8 for the bundle. Values, stamps and writers stay the journal's UTF-8 here (a personal value
 * as it was sealed), which the hub's bundle writer copies into the JSON.
 */
public final class FeedRow {

    private final String entity;
    private final String id;
    private final List<Write> writes;
    private final String tombstoneHlc;
    private final String tombstoneDevice;

    FeedRow(String entity, String id, List<Write> writes, String tombstoneHlc, String tombstoneDevice) {
        this.entity = entity;
        this.id = id;
        this.writes = writes;
        this.tombstoneHlc = tombstoneHlc;
        this.tombstoneDevice = tombstoneDevice;
    }

    /** One write of the row: fields written at one stamp by one device. */
    static final class Write {
        /** Stamp and writer as text, made when first asked (sorting several writes, changes()). */
        private String hlc;
        private String origin;
        final byte[] hlcBytes;
        final byte[] originBytes;
        /** Room for sixteen fields at first: a candidate's first write has a dozen or more. */
        String[] fields = new String[16];
        /**
         * Per field: null (cleared), UTF-8 bytes (as stored or as sealed: the part {@code [offsets[i], offsets[i] +
         * lengths[i])} of the array, which a first fetch's reader shares between a row's fields), or text.
         */
        Object[] values = new Object[16];
        int[] offsets = new int[16];
        int[] lengths = new int[16];
        /** Per field, while a first fetch reads it: whether the bytes are a sealed value still to be opened. */
        boolean[] sealed;
        int size;

        Write(byte[] hlcBytes, byte[] originBytes) {
            this.hlcBytes = hlcBytes;
            this.originBytes = originBytes;
        }

        String hlc() {
            if (hlc == null) {
                hlc = text(hlcBytes);
            }
            return hlc;
        }

        String origin() {
            if (origin == null) {
                origin = text(originBytes);
            }
            return origin;
        }

        void put(String field, Object value) {
            put(field, value, 0, value instanceof byte[] bytes ? bytes.length : 0);
        }

        /** A field whose value is {@code value}, or when that is bytes the part {@code [offset, offset + length)}. */
        void put(String field, Object value, int offset, int length) {
            if (size == fields.length) {
                fields = java.util.Arrays.copyOf(fields, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
                offsets = java.util.Arrays.copyOf(offsets, size * 2);
                lengths = java.util.Arrays.copyOf(lengths, size * 2);
                if (sealed != null) {
                    sealed = java.util.Arrays.copyOf(sealed, size * 2);
                }
            }
            fields[size] = field;
            values[size] = value;
            offsets[size] = offset;
            lengths[size] = length;
            size++;
        }

        /** As {@link #put(String, Object, int, int)} for the part of a sealed value, to be opened ({@link #open}). */
        void putSealed(String field, byte[] sealedValue, int offset, int length) {
            if (sealed == null) {
                sealed = new boolean[fields.length];
            }
            put(field, sealedValue, offset, length);
            sealed[size - 1] = true;
        }

        /** Whether field {@code i} is a sealed value not opened yet. */
        boolean isSealed(int i) {
            return sealed != null && sealed[i];
        }

        /** Field {@code i}'s value, once its sealed value is opened: the whole of {@code utf8}. */
        void opened(int i, byte[] utf8) {
            values[i] = utf8;
            offsets[i] = 0;
            lengths[i] = utf8 == null ? 0 : utf8.length;
            sealed[i] = false;
        }
    }

    /** The journal's UTF-8 as text, decoded as the JDBC driver's getString decodes it. */
    static String text(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    /** How many changes the row is in a bundle: its writes and its tombstone. */
    public int changeCount() {
        return writes.size() + (tombstone() ? 1 : 0);
    }

    public int writeCount() {
        return writes.size();
    }

    public String hlc(int write) {
        return writes.get(write).hlc();
    }

    public String origin(int write) {
        return writes.get(write).origin();
    }

    /** The write's stamp as the journal's UTF-8 (not checked); {@link #hlc} is the driver's text of it. */
    public byte[] hlcUtf8(int write) {
        return writes.get(write).hlcBytes;
    }

    /** The write's writer as the journal's UTF-8 (not checked), null for none; {@link #origin} is its text. */
    public byte[] originUtf8(int write) {
        return writes.get(write).originBytes;
    }

    public int fieldCount(int write) {
        return writes.get(write).size;
    }

    public String field(int write, int field) {
        return writes.get(write).fields[field];
    }

    /**
     * A field's value: null when cleared, else a {@code byte[]} of UTF-8 (not checked, its own array) or a
     * {@code String}. The hub's bundle writer reads it without a copy ({@link #valueData}).
     */
    public Object value(int write, int field) {
        Write w = writes.get(write);
        Object value = w.values[field];
        if (value instanceof byte[] bytes && (w.offsets[field] != 0 || w.lengths[field] != bytes.length)) {
            return java.util.Arrays.copyOfRange(bytes, w.offsets[field], w.offsets[field] + w.lengths[field]);
        }
        return value;
    }

    /**
     * A field's value as held: null, a {@code String}, or a {@code byte[]} whose part {@link #valueOffset},
     * {@link #valueLength} is the value's UTF-8 (the array may hold other fields of the row too).
     */
    public Object valueData(int write, int field) {
        return writes.get(write).values[field];
    }

    /** Where the value's UTF-8 starts in {@link #valueData}'s array. */
    public int valueOffset(int write, int field) {
        return writes.get(write).offsets[field];
    }

    /** How many bytes of {@link #valueData}'s array, from {@link #valueOffset}, are the value's UTF-8. */
    public int valueLength(int write, int field) {
        return writes.get(write).lengths[field];
    }

    public boolean tombstone() {
        return tombstoneHlc != null;
    }

    public String tombstoneHlc() {
        return tombstoneHlc;
    }

    public String tombstoneDevice() {
        return tombstoneDevice;
    }

    /** The row's changes as the feed's {@link Change}s: its writes in order, then its tombstone. */
    public List<Change> changes() {
        List<Change> changes = new ArrayList<>(changeCount());
        for (Write w : writes) {
            Change.Builder write = new Change.Builder(entity, id, w.hlc(), w.origin());
            for (int i = 0; i < w.size; i++) {
                Object value = w.values[i];
                write.put(w.fields[i], value instanceof byte[] bytes
                        ? new String(bytes, w.offsets[i], w.lengths[i], StandardCharsets.UTF_8) : (String) value);
            }
            changes.add(write.build());
        }
        if (tombstone()) {
            changes.add(new Change(entity, id, Map.of(), tombstoneHlc, true, tombstoneDevice));
        }
        return changes;
    }
}
