package nl.werkmap.hub;

import java.util.Arrays;
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
 */
public final class DownBundleWriter extends JsonBytes {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private DownBundleWriter(int capacity) {
        super(capacity);
    }

    /** The payload JSON of {@code bundle} as UTF-8. */
    public static byte[] write(Bundle bundle) {
        DownBundleWriter w = new DownBundleWriter(256 + bundle.changes().size() * 700);
        w.bundle(bundle, null);
        return Arrays.copyOf(w.out, w.size);
    }

    /**
     * The payload JSON of {@code frame} with {@code rows}' changes as its changes: the same bytes as {@link #write}
     * of the bundle that holds {@link FeedRow#changes()} of each row in order ({@code frame} has none of its own).
     */
    public static byte[] write(Bundle frame, List<FeedRow> rows) {
        if (!frame.changes().isEmpty()) {
            throw new IllegalArgumentException("The frame of a bundle written from feed rows holds no changes itself");
        }
        int changes = 0;
        for (FeedRow row : rows) {
            changes += row.changeCount();
        }
        DownBundleWriter w = new DownBundleWriter(256 + changes * 700);
        w.bundle(frame, rows);
        return Arrays.copyOf(w.out, w.size);
    }

    /**
     * A writer for one feed's bundles, one after another ({@link #writeRows}): its buffer is kept, so a first fetch's
     * dozens of payloads of megabytes are neither each allocated anew (arrays that large go straight into the old
     * generation) nor copied out.
     */
    static DownBundleWriter kept() {
        return new DownBundleWriter(1 << 16);
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

    byte[] payload() {
        return out;
    }

    int length() {
        return size;
    }

    private void bundle(Bundle b, List<FeedRow> rows) {
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
        changeStart(row.entity(), row.id());
        put((byte) '{');
        int fields = row.fieldCount(w);
        for (int f = 0; f < fields; f++) {
            if (f > 0) {
                put((byte) ',');
            }
            string(row.field(w, f));
            put((byte) ':');
            Object value = row.value(w, f);
            if (value instanceof byte[] utf8) {
                utf8String(utf8);
            } else {
                string((String) value);
            }
        }
        raw("},\"hlc\":");
        utf8String(row.hlcUtf8(w));
        raw(",\"tombstone\":false,\"origin\":");
        utf8String(row.originUtf8(w));
        raw(",\"bases\":null}");
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
