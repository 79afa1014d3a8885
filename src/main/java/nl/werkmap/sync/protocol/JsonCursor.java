package nl.werkmap.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A cursor over a payload's UTF-8 bytes for {@link PayloadBytes}: white space, literals, numbers and strings the way
 * strict JSON writes them. What it does not take exactly as Gson would read it ends in {@link NotTaken}, and the
 * payload is then read by Gson.
 */
final class JsonCursor {

    /** Thrown inside this reader for "not the form taken here"; never leaves the payload reader. */
    static final class NotTaken extends Exception {
        static final NotTaken INSTANCE = new NotTaken();

        private NotTaken() {
            super(null, null, false, false);
        }
    }

    private final byte[] json;
    private int at;
    /** Field names and entity names repeat thousands of times in a bundle: one string each. */
    private final Map<Key, String> names = new HashMap<>();
    private final Key probe = new Key();

    JsonCursor(byte[] json) {
        this.json = json;
    }

    /** Whether the next byte is {@code c} (not taken). */
    boolean at(char c) {
        return at < json.length && json[at] == c;
    }

    /** Whether every byte has been taken. */
    boolean atEnd() {
        return at == json.length;
    }

    /** A member name among {@code names} not seen before, and its colon; its index. */
    int member(String[] names, boolean[] seen) throws NotTaken {
        expect('"');
        int from = at;
        while (at < json.length && json[at] != '"' && json[at] != '\\' && json[at] > ' ') {
            at++;
        }
        int length = at - from;
        expect('"');
        for (int i = 0; i < names.length; i++) {
            if (!seen[i] && equalsAscii(names[i], from, length)) {
                seen[i] = true;
                space();
                expect(':');
                space();
                return i;
            }
        }
        throw NotTaken.INSTANCE; // unknown, or a second time: Gson decides
    }

    private boolean equalsAscii(String name, int from, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (json[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A whole number that fits in an int, written as JSON writes one (no sign, no leading zero, no fraction). */
    Integer intValue() throws NotTaken {
        long value = digits();
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw NotTaken.INSTANCE;
        }
        return (int) value;
    }

    Long longValue() throws NotTaken {
        return digits();
    }

    /**
     * A whole number as JSON writes one: an optional minus, 0 alone or 1 to 19 digits without a leading zero,
     * within a long (Gson reads "-0" and longer numbers its own way: left to it), ended by what ends a JSON value.
     */
    private long digits() throws NotTaken {
        boolean negative = take('-');
        int from = at;
        long value = 0;
        while (at < json.length && json[at] >= '0' && json[at] <= '9') {
            int digit = json[at] - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw NotTaken.INSTANCE;
            }
            value = value * 10 + digit;
            at++;
        }
        int count = at - from;
        if (count == 0 || (count > 1 && json[from] == '0') || (negative && value == 0)) {
            throw NotTaken.INSTANCE;
        }
        if (at < json.length && json[at] != ',' && json[at] != '}' && json[at] != ']' && !isSpace(json[at])) {
            throw NotTaken.INSTANCE;
        }
        return negative ? -value : value;
    }

    /** {@code true} or {@code false}; a JSON null for these primitive members Gson refuses: left to it. */
    Boolean bool() throws NotTaken {
        if (word("true")) {
            return Boolean.TRUE;
        }
        if (word("false")) {
            return Boolean.FALSE;
        }
        throw NotTaken.INSTANCE;
    }

    boolean takeNull() {
        return word("null");
    }

    /** The literal {@code word}, ended by what ends a JSON value. */
    private boolean word(String word) {
        int end = at + word.length();
        if (end > json.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (json[at + i] != word.charAt(i)) {
                return false;
            }
        }
        if (end < json.length && json[end] != ',' && json[end] != '}' && json[end] != ']' && !isSpace(json[end])) {
            return false;
        }
        at = end;
        return true;
    }

    /** A name-like string (entity or field names repeat): shared, or null for JSON null. */
    String name() throws NotTaken {
        if (takeNull()) {
            return null;
        }
        expect('"');
        int from = at;
        int hash = 0;
        while (at < json.length && json[at] > ' ' && json[at] != '"' && json[at] != '\\') {
            hash = 31 * hash + json[at];
            at++;
        }
        if (at >= json.length || json[at] != '"') {
            at = from - 1;
            return string(); // an escape, a non-ASCII byte or a control character: the general string path
        }
        int length = at - from;
        at++;
        probe.set(json, from, length, hash);
        String known = names.get(probe);
        if (known == null) {
            known = new String(json, from, length, StandardCharsets.UTF_8);
            names.put(new Key().set(json, from, length, hash), known);
        }
        return known;
    }

    /** A JSON string (standard escapes; no raw control character), or null for JSON null. */
    String string() throws NotTaken {
        if (takeNull()) {
            return null;
        }
        expect('"');
        int from = at;
        while (at < json.length) {
            byte b = json[at];
            if (b == '"') {
                String s = new String(json, from, at - from, StandardCharsets.UTF_8);
                at++;
                return s;
            }
            if (b == '\\') {
                return escaped(from);
            }
            if (b >= 0 && b < ' ') {
                throw NotTaken.INSTANCE;
            }
            at++;
        }
        throw NotTaken.INSTANCE;
    }

    /** The rest of a string that holds escapes; {@code from} is its first byte, {@code at} the first backslash. */
    private String escaped(int from) throws NotTaken {
        StringBuilder text = new StringBuilder(at - from + 16);
        int run = from;
        while (at < json.length) {
            byte b = json[at];
            if (b == '"') {
                text.append(new String(json, run, at - run, StandardCharsets.UTF_8));
                at++;
                return text.toString();
            }
            if (b >= 0 && b < ' ') {
                throw NotTaken.INSTANCE;
            }
            if (b != '\\') {
                at++;
                continue;
            }
            text.append(new String(json, run, at - run, StandardCharsets.UTF_8));
            if (at + 1 >= json.length) {
                throw NotTaken.INSTANCE;
            }
            byte e = json[at + 1];
            at += 2;
            switch (e) {
                case '"' -> text.append('"');
                case '\\' -> text.append('\\');
                case '/' -> text.append('/');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> text.append(hex4());
                default -> throw NotTaken.INSTANCE;
            }
            run = at;
        }
        throw NotTaken.INSTANCE;
    }

    private char hex4() throws NotTaken {
        if (at + 4 > json.length) {
            throw NotTaken.INSTANCE;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(json[at + i], 16);
            if (d < 0) {
                throw NotTaken.INSTANCE;
            }
            value = value * 16 + d;
        }
        at += 4;
        return (char) value;
    }

    void space() {
        while (at < json.length && isSpace(json[at])) {
            at++;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    boolean take(char c) {
        if (at < json.length && json[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    void expect(char c) throws NotTaken {
        if (!take(c)) {
            throw NotTaken.INSTANCE;
        }
    }

    /** A byte range as a map key, so a name seen before is found without making a string. */
    private static final class Key {
        private byte[] bytes;
        private int from;
        private int length;
        private int hash;

        Key set(byte[] source, int start, int count, int h) {
            bytes = source;
            from = start;
            length = count;
            hash = h;
            return this;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.length == length
                    && java.util.Arrays.equals(bytes, from, from + length, k.bytes, k.from, k.from + length);
        }
    }
}
