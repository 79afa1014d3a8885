package nl.werkmap.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundle's payload read straight from its UTF-8 bytes into the records, for the form our writers make (Gson's
 * {@code toJson} on the device, the hub's {@code DownBundleWriter}, byte-equal to it): strict JSON, the members this
 * version knows, each at most once, values of their own kind. A first sync opens some 160 MB of payload; Gson turned
 * every payload into one string, walked it again as chars and bound it by reflection, the largest share of opening
 * a bundle.
 *
 * <p>Anything else (an unknown member, a member twice, a number where a string is due, a quoted number, a comment, a
 * literal Gson's lenient reading lets through, a control character in a string, trailing text) is not refused here:
 * {@link #read} returns null and {@link BundleJson} reads the payload with Gson as before. So every payload this
 * reader takes gives the very record Gson gives (the same canonical constructors, members in the same order), and
 * every other payload is read, or refused, exactly as before.
 */
final class PayloadBytes {

    private static final String[] BUNDLE = {"format", "version", "kind", "bundleId", "deviceId", "municipality",
        "recipient", "seqFrom", "seqTo", "createdAt", "changes", "hubEncryptionKey", "transferredAway", "conflicts",
        "resolutions", "erased"};
    private static final String[] CHANGE = {"entity", "id", "fields", "hlc", "tombstone", "origin", "bases"};
    private static final String[] CONFLICT = {"entity", "id", "field", "value", "hlc", "origin", "winningHlc",
        "settled"};
    private static final String[] RESOLUTION = {"entity", "id", "field", "hlc", "decision"};

    /** Thrown inside this reader for "not the form taken here"; never leaves it. */
    private static final class NotTaken extends Exception {
        private static final NotTaken INSTANCE = new NotTaken();

        private NotTaken() {
            super(null, null, false, false);
        }
    }

    private final byte[] json;
    private int at;
    /** Field names and entity names repeat thousands of times in a bundle: one string each. */
    private final Map<Key, String> names = new HashMap<>();
    private final Key probe = new Key();

    private PayloadBytes(byte[] json) {
        this.json = json;
    }

    /** The bundle exactly as Gson would bind it, or null when the payload is not of the form this reader takes. */
    static Bundle read(byte[] json) {
        PayloadBytes reader = new PayloadBytes(json);
        try {
            Bundle bundle = reader.bundle();
            reader.space();
            return reader.at == json.length ? bundle : null;
        } catch (NotTaken | RuntimeException e) {
            // A record constructor that refuses what it was given (Gson reports it its own way): Gson decides.
            return null;
        }
    }

    private Bundle bundle() throws NotTaken {
        Object[] v = new Object[BUNDLE.length];
        boolean[] seen = new boolean[BUNDLE.length];
        space();
        expect('{');
        space();
        if (!take('}')) {
            do {
                space();
                int member = member(BUNDLE, seen);
                v[member] = switch (member) {
                    case 1 -> intValue();
                    case 7, 8 -> longValue();
                    case 10 -> nullOr(this::changes);
                    case 12, 15 -> nullOr(this::strings);
                    case 13 -> nullOr(this::conflicts);
                    case 14 -> nullOr(this::resolutions);
                    default -> string();
                };
                space();
            } while (take(','));
            expect('}');
        }
        return new Bundle((String) v[0], v[1] == null ? 0 : (Integer) v[1], (String) v[2], (String) v[3],
                (String) v[4], (String) v[5], (String) v[6], v[7] == null ? 0 : (Long) v[7],
                v[8] == null ? 0 : (Long) v[8], (String) v[9], cast(v[10]), (String) v[11], cast(v[12]), cast(v[13]),
                cast(v[14]), cast(v[15]));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    private List<Change> changes() throws NotTaken {
        List<Change> changes = new ArrayList<>();
        array(() -> changes.add(change()));
        return changes;
    }

    private Change change() throws NotTaken {
        Object[] v = new Object[CHANGE.length];
        boolean[] seen = new boolean[CHANGE.length];
        object(CHANGE, seen, member -> v[member] = switch (member) {
            case 2, 6 -> nullOr(this::map);
            case 4 -> bool();
            case 0 -> name();
            default -> string();
        });
        return new Change((String) v[0], (String) v[1], castMap(v[2]), (String) v[3], v[4] != null && (Boolean) v[4],
                (String) v[5], castMap(v[6]));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castMap(Object map) {
        return (Map<String, String>) map;
    }

    private ConflictNote conflict() throws NotTaken {
        Object[] v = new Object[CONFLICT.length];
        boolean[] seen = new boolean[CONFLICT.length];
        object(CONFLICT, seen, member -> v[member] = member == 7 ? bool() : string());
        return new ConflictNote((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                (String) v[5], (String) v[6], v[7] != null && (Boolean) v[7]);
    }

    private Resolution resolution() throws NotTaken {
        Object[] v = new Object[RESOLUTION.length];
        boolean[] seen = new boolean[RESOLUTION.length];
        object(RESOLUTION, seen, member -> v[member] = string());
        return new Resolution((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4]);
    }

    private List<ConflictNote> conflicts() throws NotTaken {
        List<ConflictNote> notes = new ArrayList<>();
        array(() -> notes.add(conflict()));
        return notes;
    }

    private List<Resolution> resolutions() throws NotTaken {
        List<Resolution> list = new ArrayList<>();
        array(() -> list.add(resolution()));
        return list;
    }

    private List<String> strings() throws NotTaken {
        List<String> list = new ArrayList<>();
        array(() -> {
            String s = string();
            if (s == null) {
                throw NotTaken.INSTANCE; // a null element: Gson's record refuses it its own way
            }
            list.add(s);
        });
        return list;
    }

    /** A map of names to text or null; a name twice is left to Gson (it refuses it). */
    private Map<String, String> map() throws NotTaken {
        Map<String, String> map = new LinkedHashMap<>();
        expect('{');
        space();
        if (take('}')) {
            return map;
        }
        do {
            space();
            String key = name();
            if (key == null) {
                throw NotTaken.INSTANCE;
            }
            space();
            expect(':');
            space();
            if (map.containsKey(key)) {
                throw NotTaken.INSTANCE;
            }
            map.put(key, string());
            space();
        } while (take(','));
        expect('}');
        return map;
    }

    @FunctionalInterface
    private interface Part<T> {
        T read() throws NotTaken;
    }

    @FunctionalInterface
    private interface Element {
        void read() throws NotTaken;
    }

    @FunctionalInterface
    private interface MemberValue {
        void read(int member) throws NotTaken;
    }

    private <T> T nullOr(Part<T> part) throws NotTaken {
        return takeNull() ? null : part.read();
    }

    /** A JSON array whose every element {@code element} reads; an empty one too. */
    private void array(Element element) throws NotTaken {
        expect('[');
        space();
        if (take(']')) {
            return;
        }
        do {
            space();
            element.read();
            space();
        } while (take(','));
        expect(']');
    }

    /** A JSON object (not null) whose members are among {@code names}, each at most once. */
    private void object(String[] names, boolean[] seen, MemberValue value) throws NotTaken {
        expect('{');
        space();
        if (take('}')) {
            return;
        }
        do {
            space();
            value.read(member(names, seen));
            space();
        } while (take(','));
        expect('}');
    }

    /** A member name among {@code names} not seen before, and its colon; its index. */
    private int member(String[] names, boolean[] seen) throws NotTaken {
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
    private Integer intValue() throws NotTaken {
        long value = digits();
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw NotTaken.INSTANCE;
        }
        return (int) value;
    }

    private Long longValue() throws NotTaken {
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
    private Boolean bool() throws NotTaken {
        if (word("true")) {
            return Boolean.TRUE;
        }
        if (word("false")) {
            return Boolean.FALSE;
        }
        throw NotTaken.INSTANCE;
    }

    private boolean takeNull() {
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
    private String name() throws NotTaken {
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
    private String string() throws NotTaken {
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

    private void space() {
        while (at < json.length && isSpace(json[at])) {
            at++;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private boolean take(char c) {
        if (at < json.length && json[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws NotTaken {
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
