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
public final class DownBundleWriter {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] out;
    private int size;

    private DownBundleWriter(int capacity) {
        this.out = new byte[capacity];
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
        raw("{\"entity\":");
        string(c.entity());
        raw(",\"id\":");
        string(c.id());
        raw(",\"fields\":");
        map(c.fields());
        raw(",\"hlc\":");
        string(c.hlc());
        raw(c.tombstone() ? ",\"tombstone\":true,\"origin\":" : ",\"tombstone\":false,\"origin\":");
        string(c.origin());
        raw(",\"bases\":");
        map(c.bases());
        put((byte) '}');
    }

    /** The rows' changes as {@link #change} writes each of {@link FeedRow#changes()}, without making them. */
    private void rows(List<FeedRow> rows) {
        boolean first = true;
        for (FeedRow row : rows) {
            for (int w = 0; w < row.writeCount(); w++) {
                if (!first) {
                    put((byte) ',');
                }
                first = false;
                raw("{\"entity\":");
                string(row.entity());
                raw(",\"id\":");
                string(row.id());
                raw(",\"fields\":{");
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
            if (row.tombstone()) {
                if (!first) {
                    put((byte) ',');
                }
                first = false;
                raw("{\"entity\":");
                string(row.entity());
                raw(",\"id\":");
                string(row.id());
                raw(",\"fields\":{},\"hlc\":");
                string(row.tombstoneHlc());
                raw(",\"tombstone\":true,\"origin\":");
                string(row.tombstoneDevice());
                raw(",\"bases\":null}");
            }
        }
    }

    /**
     * A JSON string of text given as UTF-8, the same bytes {@link #string} writes for that text as the JDBC driver
     * decodes it: well-formed UTF-8 is copied, with the same escapes; anything else (which the decoder would turn
     * into replacement characters) is decoded and written as text.
     */
    private void utf8String(byte[] utf8) {
        if (utf8 == null) {
            raw("null");
            return;
        }
        int length = utf8.length;
        ensure(length * 6 + 2);
        int start = size;
        byte[] o = out;
        int n = size;
        o[n++] = '"';
        int i = 0;
        for (; i < length; i++) {
            byte b = utf8[i];
            if (b < 0x20 || b == '"' || b == '\\') { // negative: a multi-byte sequence
                break;
            }
            o[n++] = b;
        }
        size = n;
        while (i < length) {
            int b = utf8[i];
            if (b >= 0) {
                char c = (char) b;
                if (c == '"' || c == '\\') {
                    twoChars(c);
                } else if (c < 0x20) {
                    escapeControl(c);
                } else {
                    out[size++] = (byte) c;
                }
                i++;
                continue;
            }
            int end = sequenceEnd(utf8, i);
            if (end < 0) {
                size = start;
                string(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            if (end - i == 3 && utf8[i] == (byte) 0xE2 && utf8[i + 1] == (byte) 0x80
                    && (utf8[i + 2] == (byte) 0xA8 || utf8[i + 2] == (byte) 0xA9)) {
                unicodeEscape(utf8[i + 2] == (byte) 0xA8 ? '\u2028' : '\u2029');
            } else {
                System.arraycopy(utf8, i, out, size, end - i);
                size += end - i;
            }
            i = end;
        }
        out[size++] = '"';
    }

    /**
     * The end of the well-formed UTF-8 sequence that starts with the non-ASCII byte at {@code i} (Unicode's table 3-7:
     * no overlong forms, no surrogates, nothing past U+10FFFF), or -1 when it is not one.
     */
    private static int sequenceEnd(byte[] s, int i) {
        int b = s[i] & 0xFF;
        int count;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            count = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            count = 2;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            count = 3;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            return -1;
        }
        if (i + count >= s.length) {
            return -1; // cut short
        }
        int second = s[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k <= count; k++) {
            int next = s[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return -1;
            }
        }
        return i + count + 1;
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

    /** ASCII text that needs no escaping (member names, numbers, Gson's own output is UTF-16 and goes through here). */
    private void raw(String text) {
        ensure(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[size++] = (byte) c;
            } else {
                i = utf8(text, i);
            }
        }
    }

    /**
     * A JSON string as Gson writes it without HTML escaping: quote, backslash and control characters escaped, and
     * U+2028/U+2029 too (JavaScript line ends); everything else as UTF-8.
     */
    private void string(String text) {
        if (text == null) {
            raw("null");
            return;
        }
        int length = text.length();
        ensure(length * 6 + 2);
        // The common case, plain ASCII, in locals: the loop then keeps its index and array in registers.
        byte[] o = out;
        int n = size;
        o[n++] = '"';
        int i = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            o[n++] = (byte) c;
        }
        size = n;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                out[size++] = (byte) c;
            } else if (c == '"' || c == '\\') {
                out[size++] = '\\';
                out[size++] = (byte) c;
            } else if (c < 0x20) {
                escapeControl(c);
            } else if (c == '\u2028' || c == '\u2029') {
                unicodeEscape(c);
            } else {
                i = utf8(text, i);
            }
        }
        out[size++] = '"';
    }

    private void escapeControl(char c) {
        switch (c) {
            case '\n' -> twoChars('n');
            case '\r' -> twoChars('r');
            case '\t' -> twoChars('t');
            case '\b' -> twoChars('b');
            case '\f' -> twoChars('f');
            default -> unicodeEscape(c);
        }
    }

    private void twoChars(char c) {
        out[size++] = '\\';
        out[size++] = (byte) c;
    }

    private void unicodeEscape(char c) {
        out[size++] = '\\';
        out[size++] = 'u';
        out[size++] = HEX[(c >> 12) & 0xF];
        out[size++] = HEX[(c >> 8) & 0xF];
        out[size++] = HEX[(c >> 4) & 0xF];
        out[size++] = HEX[c & 0xF];
    }

    /**
     * The UTF-8 bytes of the non-ASCII character at {@code i} (a surrogate pair as one four-byte sequence, a lone
     * surrogate as '?', as {@link String#getBytes} does); returns the index of its last char.
     */
    private int utf8(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x800) {
            out[size++] = (byte) (0xC0 | (c >> 6));
            out[size++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                out[size++] = (byte) (0xF0 | (cp >> 18));
                out[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[size++] = (byte) (0x80 | (cp & 0x3F));
                return i + 1;
            }
            out[size++] = '?';
            return i;
        }
        out[size++] = (byte) (0xE0 | (c >> 12));
        out[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[size++] = (byte) (0x80 | (c & 0x3F));
        return i;
    }

    private void put(byte b) {
        ensure(1);
        out[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
