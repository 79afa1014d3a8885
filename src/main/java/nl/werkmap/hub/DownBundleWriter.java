package nl.werkmap.hub;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import nl.werkmap.hub.store.FeedRow;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleJson;
import nl.werkmap.sync.protocol.Change;

/**
 * Writes a bundle's payload JSON straight into UTF-8 bytes, member by member, for the hub's down-bundles: the same
 * JSON {@link BundleJson#write} makes (members in the same order, nulls written, no HTML escaping; the
 * equivalence test parses both to the same bundle). A first sync writes dozens of bundles of megabytes; Gson's
 * reflective writing into a StringWriter (a synchronized StringBuffer per character run) and the String and byte
 * copies after it were a quarter of the hub's CPU for the feed. The few small optional lists (conflicts,
 * resolutions) still go through Gson: they are rare and short.
 *
 * <p>For a device that reads envelope form 2 the changes are written compact where they can be (sync-protocol.md
 * §2.1: names once per payload through a table, the writer once): not the same bytes as Gson's, but read back to the
 * same bundle ({@code CompactChangesEquivalenceTest}), and less than half as many for a team's first sync.
 */
public final class DownBundleWriter extends JsonBytes {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /**
     * How many writers' ids (a team's devices) a compact payload looks up to refer back to; a writer past them is
     * written out each time (a new table entry each time, which a reader takes as well).
     */
    private static final int ORIGINS = 64;

    /** Whether changes are written compact where they can be (sync-protocol.md §2.1; envelope form 2 only). */
    private final boolean compact;
    /** The payload's name table as written so far (compact): each name's index. */
    private final HashMap<String, Integer> names = new HashMap<>();
    private int nameCount;
    /** Writers' ids (UTF-8) in the name table, and their indexes, looked up by content. */
    private final byte[][] origins = new byte[ORIGINS][];
    private final int[] originIndex = new int[ORIGINS];
    private int originCount;

    private DownBundleWriter(int capacity, boolean compact) {
        super(capacity);
        this.compact = compact;
    }

    /** The payload JSON of {@code bundle} as UTF-8. */
    public static byte[] write(Bundle bundle) {
        return write(bundle, false);
    }

    /**
     * The payload JSON of {@code bundle} as UTF-8; {@code compact}: each change that can be is written as a compact
     * change (sync-protocol.md §2.1), which a reader binds to the very same change.
     */
    public static byte[] write(Bundle bundle, boolean compact) {
        DownBundleWriter w = new DownBundleWriter(256 + bundle.changes().size() * 700, compact);
        w.bundle(bundle, null);
        return Arrays.copyOf(w.out, w.size);
    }

    /**
     * The payload JSON of {@code frame} with {@code rows}' changes as its changes: the same bytes as {@link #write}
     * of the bundle that holds {@link FeedRow#changes()} of each row in order ({@code frame} has none of its own).
     */
    public static byte[] write(Bundle frame, List<FeedRow> rows) {
        return write(frame, rows, false);
    }

    /** As {@link #write(Bundle, List)}, with compact changes where they can be ({@link #write(Bundle, boolean)}). */
    public static byte[] write(Bundle frame, List<FeedRow> rows, boolean compact) {
        if (!frame.changes().isEmpty()) {
            throw new IllegalArgumentException("The frame of a bundle written from feed rows holds no changes itself");
        }
        int changes = 0;
        for (FeedRow row : rows) {
            changes += row.changeCount();
        }
        DownBundleWriter w = new DownBundleWriter(256 + changes * 700, compact);
        w.bundle(frame, rows);
        return Arrays.copyOf(w.out, w.size);
    }

    /**
     * A writer for one feed's bundles, one after another ({@link #writeRows}): its buffer is kept, so a first fetch's
     * dozens of payloads of megabytes are neither each allocated anew (arrays that large go straight into the old
     * generation) nor copied out.
     */
    static DownBundleWriter kept(boolean compact) {
        return new DownBundleWriter(1 << 16, compact);
    }

    /**
     * Writes what {@link #write(Bundle, List)} gives into this writer's buffer: {@link #payload()}{@code [0,
     * }{@link #length()}{@code )}, good until the next write.
     */
    void writeRows(Bundle frame, List<FeedRow> rows) {
        if (!frame.changes().isEmpty()) {
            throw new IllegalArgumentException("The frame of a bundle written from feed rows holds no changes itself");
        }
        size = 0;
        bundle(frame, rows);
    }

    /** A new payload: its name table starts empty. */
    private void newTable() {
        names.clear();
        nameCount = 0;
        originCount = 0;
    }

    byte[] payload() {
        return out;
    }

    int length() {
        return size;
    }

    private void bundle(Bundle b, List<FeedRow> rows) {
        newTable();
        raw("{\"format\":");
        string(b.format());
        raw(",\"version\":");
        raw(Integer.toString(b.version()));
        raw(",\"kind\":");
        string(b.kind());
        raw(",\"bundleId\":");
        string(b.bundleId());
        raw(",\"deviceId\":");
        string(b.deviceId());
        raw(",\"municipality\":");
        string(b.municipality());
        raw(",\"recipient\":");
        string(b.recipient());
        raw(",\"seqFrom\":");
        raw(Long.toString(b.seqFrom()));
        raw(",\"seqTo\":");
        raw(Long.toString(b.seqTo()));
        raw(",\"createdAt\":");
        string(b.createdAt());
        raw(",\"changes\":[");
        List<Change> changes = b.changes();
        for (int i = 0; i < changes.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            change(changes.get(i));
        }
        if (rows != null) {
            rows(rows);
        }
        raw("],\"hubEncryptionKey\":");
        string(b.hubEncryptionKey());
        raw(",\"transferredAway\":");
        strings(b.transferredAway());
        raw(",\"conflicts\":");
        gson(b.conflicts());
        raw(",\"resolutions\":");
        gson(b.resolutions());
        raw(",\"erased\":");
        strings(b.erased());
        put((byte) '}');
    }

    private void change(Change c) {
        if (compact && compactable(c)) {
            put((byte) '[');
            name(c.entity());
            put((byte) ',');
            string(c.id());
            raw(",\"");
            raw(c.hlc().substring(0, c.hlc().length() - c.origin().length() - 1));
            raw("\",");
            name(c.origin());
            raw(",[");
            int start = size;
            c.fields().forEach((field, value) -> {
                if (size > start) {
                    put((byte) ',');
                }
                name(field);
                put((byte) ',');
                string(value);
            });
            raw("]]");
            return;
        }
        changeStart(c.entity(), c.id());
        map(c.fields());
        raw(",\"hlc\":");
        string(c.hlc());
        raw(c.tombstone() ? ",\"tombstone\":true,\"origin\":" : ",\"tombstone\":false,\"origin\":");
        string(c.origin());
        raw(",\"bases\":");
        map(c.bases());
        put((byte) '}');
    }

    /** A change's members up to its fields: {@code {"entity":E,"id":I,"fields":}. */
    private void changeStart(String entity, String id) {
        raw("{\"entity\":");
        string(entity);
        raw(",\"id\":");
        string(id);
        raw(",\"fields\":");
    }

    /**
     * The rows' changes as {@link #change} writes each of {@link FeedRow#changes()}, without making them. A row and
     * each of its writes are methods of their own, so the JIT compiles each once instead of compiling this loop
     * again around its inner loops (on-stack replacement) with everything inlined.
     */
    private void rows(List<FeedRow> rows) {
        boolean first = true;
        for (FeedRow row : rows) {
            first = row(row, first);
        }
    }

    /** One row's changes, after a comma unless {@code first}; whether nothing was written (still first). */
    private boolean row(FeedRow row, boolean first) {
        for (int w = 0; w < row.writeCount(); w++) {
            if (!first) {
                put((byte) ',');
            }
            first = false;
            write(row, w);
        }
        if (row.tombstone()) {
            if (!first) {
                put((byte) ',');
            }
            first = false;
            tombstone(row);
        }
        return first;
    }

    private void write(FeedRow row, int w) {
        if (compact) {
            int clock = clockLength(row.hlcUtf8(w), row.originUtf8(w));
            if (clock >= 0) {
                compactWrite(row, w, clock);
                return;
            }
        }
        changeStart(row.entity(), row.id());
        put((byte) '{');
        int fields = row.fieldCount(w);
        for (int f = 0; f < fields; f++) {
            if (f > 0) {
                put((byte) ',');
            }
            string(row.field(w, f));
            put((byte) ':');
            value(row, w, f);
        }
        raw("},\"hlc\":");
        utf8String(row.hlcUtf8(w));
        raw(",\"tombstone\":false,\"origin\":");
        utf8String(row.originUtf8(w));
        raw(",\"bases\":null}");
    }

    /**
     * A write as a compact change: {@code [entity, id, clock, origin, [field, value, ...]]}, the names through the
     * table; the change it stands for has stamp {@code clock + "-" + origin}, no tombstone and no bases.
     */
    private void compactWrite(FeedRow row, int w, int clock) {
        put((byte) '[');
        name(row.entity());
        put((byte) ',');
        string(row.id());
        byte[] hlc = row.hlcUtf8(w);
        ensure(clock + 4);
        out[size++] = ',';
        out[size++] = '"';
        System.arraycopy(hlc, 0, out, size, clock);
        size += clock;
        out[size++] = '"';
        out[size++] = ',';
        origin(row.originUtf8(w));
        raw(",[");
        int fields = row.fieldCount(w);
        for (int f = 0; f < fields; f++) {
            if (f > 0) {
                put((byte) ',');
            }
            name(row.field(w, f));
            put((byte) ',');
            value(row, w, f);
        }
        raw("]]");
    }

    /** A field's value: its UTF-8 copied (escaped as needed) from where the row holds it, or its text. */
    private void value(FeedRow row, int w, int f) {
        Object value = row.valueData(w, f);
        if (value instanceof byte[] utf8) {
            utf8String(utf8, row.valueOffset(w, f), row.valueLength(w, f));
        } else {
            string((String) value);
        }
    }

    /**
     * The length of the clock part of a stamp that is that clock, a dash and {@code origin} (the journal's UTF-8 of
     * each), with the clock printable ASCII that JSON needs no escape for; -1 when the stamp is not of that form (the
     * write then goes as a change object, as in form 1).
     */
    static int clockLength(byte[] hlc, byte[] origin) {
        if (hlc == null || origin == null) {
            return -1;
        }
        int clock = hlc.length - origin.length - 1;
        if (clock < 0 || hlc[clock] != '-' || !Arrays.equals(hlc, clock + 1, hlc.length, origin, 0, origin.length)) {
            return -1;
        }
        for (int i = 0; i < clock; i++) {
            byte b = hlc[i];
            if (b < 0x20 || b == '"' || b == '\\' || b == 0x7F) { // negative: not ASCII
                return -1;
            }
        }
        return clock;
    }

    /** Whether a change can be written compact: a write (no tombstone, no bases) stamped clock, dash, origin. */
    private static boolean compactable(Change c) {
        if (c.tombstone() || c.bases() != null || c.origin() == null || c.fields() == null || c.hlc() == null
                || c.entity() == null || c.id() == null) {
            return false;
        }
        String hlc = c.hlc();
        int clock = hlc.length() - c.origin().length() - 1;
        if (clock < 0 || hlc.charAt(clock) != '-' || !hlc.endsWith(c.origin())) {
            return false;
        }
        for (int i = 0; i < clock; i++) {
            char ch = hlc.charAt(i);
            if (ch < 0x20 || ch >= 0x7F || ch == '"' || ch == '\\') {
                return false;
            }
        }
        return true;
    }

    /** A name through the table: its index when written before in this payload, else the name, added. */
    private void name(String name) {
        Integer index = names.get(name);
        if (index != null) {
            number(index);
            return;
        }
        string(name);
        names.put(name, nameCount++);
    }

    /** A writer's id (UTF-8) through the table, looked up by content among the first {@link #ORIGINS}. */
    private void origin(byte[] origin) {
        for (int i = 0; i < originCount; i++) {
            if (Arrays.equals(origins[i], origin)) {
                number(originIndex[i]);
                return;
            }
        }
        utf8String(origin);
        if (originCount < ORIGINS) {
            origins[originCount] = origin;
            originIndex[originCount++] = nameCount;
        }
        nameCount++;
    }

    /** A whole number from 0 up, in ASCII digits. */
    private void number(int value) {
        ensure(10);
        if (value < 10) {
            out[size++] = (byte) ('0' + value);
            return;
        }
        int digits = value < 100 ? 2 : value < 1000 ? 3 : Integer.toString(value).length();
        for (int i = size + digits - 1; i >= size; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
    }

    private void tombstone(FeedRow row) {
        changeStart(row.entity(), row.id());
        raw("{},\"hlc\":");
        string(row.tombstoneHlc());
        raw(",\"tombstone\":true,\"origin\":");
        string(row.tombstoneDevice());
        raw(",\"bases\":null}");
    }

    private void map(Map<String, String> map) {
        if (map == null) {
            raw("null");
            return;
        }
        put((byte) '{');
        // forEach, not entrySet(): the unmodifiable map's entry set wraps every entry it hands out.
        int start = size;
        map.forEach((field, value) -> {
            if (size > start) {
                put((byte) ',');
            }
            string(field);
            put((byte) ':');
            string(value);
        });
        put((byte) '}');
    }

    private void strings(List<String> list) {
        if (list == null) {
            raw("null");
            return;
        }
        put((byte) '[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            string(list.get(i));
        }
        put((byte) ']');
    }

    private void gson(Object value) {
        raw(GSON.toJson(value));
    }
}
