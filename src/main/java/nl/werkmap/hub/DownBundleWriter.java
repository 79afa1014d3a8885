package nl.werkmap.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

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
        w.bundle(bundle);
        return Arrays.copyOf(w.out, w.size);
    }

    private void bundle(Bundle b) {
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
