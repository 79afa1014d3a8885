package nl.werkmap.sync.protocol;

import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Compact changes (arrays in {@code changes}, sync-protocol.md §2.1; the hub writes them only in envelope form 2)
 * are read here alone: Gson binds none, so a payload with one this reader does not take is refused as malformed.
 */
final class PayloadBytes {

    private static final String[] BUNDLE = {"format", "version", "kind", "bundleId", "deviceId", "municipality",
        "recipient", "seqFrom", "seqTo", "createdAt", "changes", "hubEncryptionKey", "transferredAway", "conflicts",
        "resolutions", "erased"};
    private static final String[] CHANGE = {"entity", "id", "fields", "hlc", "tombstone", "origin", "bases"};
    private static final String[] CONFLICT = {"entity", "id", "field", "value", "hlc", "origin", "winningHlc",
        "settled"};
    private static final String[] RESOLUTION = {"entity", "id", "field", "hlc", "decision"};


    private final JsonCursor in;
    /** The names of the payload's compact changes, in the order they were first written. */
    private final List<String> table = new ArrayList<>();
    /** Per name in the table, where it first stands: a name written twice is still one name. */
    private final Map<String, Integer> firstIndex = new HashMap<>();
    private int[] firstPlaces = new int[64];
    /** The first place in the table of the name {@link #tableName} read last. */
    private int canonical;
    /** The change being read: its field names, their first places in the table, its values. */
    private String[] fieldNames = new String[32];
    private int[] fieldIds = new int[32];
    private String[] fieldValues = new String[32];
    /** The field names of the change before, and their first places in the table. */
    private String[] shape = new String[0];
    private int[] shapeIds = new int[0];

    private PayloadBytes(byte[] json) {
        this.in = new JsonCursor(json);
    }

    /** The bundle exactly as Gson would bind it, or null when the payload is not of the form this reader takes. */
    static Bundle read(byte[] json) {
        PayloadBytes reader = new PayloadBytes(json);
        try {
            Bundle bundle = reader.bundle();
            reader.in.space();
            return reader.in.atEnd() ? bundle : null;
        } catch (JsonCursor.NotTaken | RuntimeException e) {
            // A record constructor that refuses what it was given (Gson reports it its own way): Gson decides.
            return null;
        }
    }

    private Bundle bundle() throws JsonCursor.NotTaken {
        Object[] v = new Object[BUNDLE.length];
        boolean[] seen = new boolean[BUNDLE.length];
        in.space();
        in.expect('{');
        in.space();
        if (!in.take('}')) {
            do {
                in.space();
                int member = in.member(BUNDLE, seen);
                v[member] = switch (member) {
                    case 1 -> in.intValue();
                    case 7, 8 -> in.longValue();
                    case 10 -> nullOr(this::changes);
                    case 12, 15 -> nullOr(this::strings);
                    case 13 -> nullOr(this::conflicts);
                    case 14 -> nullOr(this::resolutions);
                    default -> in.string();
                };
                in.space();
            } while (in.take(','));
            in.expect('}');
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

    private List<Change> changes() throws JsonCursor.NotTaken {
        List<Change> changes = new ArrayList<>();
        array(() -> changes.add(in.at('[') ? compactChange() : change()));
        return changes;
    }

    /**
     * A compact change (sync-protocol.md §2.1), {@code [entity, id, clock, origin, [field, value, ...]]}: the change
     * {@code entity, id, fields, clock + "-" + origin, false, origin, null}, as the change object with those members
     * binds. Entity, origin and field names come through the payload's name table ({@link #tableName}). Gson reads no
     * compact change: anything here not of this form refuses the payload (Gson then refuses it as malformed).
     */
    private Change compactChange() throws JsonCursor.NotTaken {
        in.expect('[');
        String entity = tableName();
        next();
        String id = in.string();
        next();
        String clock = in.string();
        next();
        String origin = tableName();
        next();
        if (id == null || clock == null) {
            throw JsonCursor.NotTaken.INSTANCE;
        }
        int n = fields();
        in.space();
        in.expect(']');
        FieldMap fields = new FieldMap(shapeOf(n), Arrays.copyOf(fieldValues, n));
        return new Change(entity, id, fields, clock + "-" + origin, false, origin, null);
    }

    /**
     * The {@code [field, value, ...]} of a compact change into {@link #fieldNames}, {@link #fieldIds} and {@link
     * #fieldValues}; how many. A method of its own, without the change around it: its loop made the JIT compile
     * {@link #compactChange} twice in a first sync (once on-stack at the loop, once whole), each with the JSON
     * string reading inlined.
     */
    private int fields() throws JsonCursor.NotTaken {
        in.expect('[');
        in.space();
        int n = 0;
        if (!in.take(']')) {
            do {
                String field = tableName();
                next();
                int name = canonical;
                if (seen(name, n)) {
                    throw JsonCursor.NotTaken.INSTANCE; // a field twice: as a map refuses it
                }
                if (n == fieldNames.length) {
                    fieldNames = Arrays.copyOf(fieldNames, n * 2);
                    fieldValues = Arrays.copyOf(fieldValues, n * 2);
                    fieldIds = Arrays.copyOf(fieldIds, n * 2);
                }
                fieldNames[n] = field;
                fieldIds[n] = name;
                fieldValues[n++] = in.string();
                in.space();
            } while (in.take(','));
            in.expect(']');
        }
        return n;
    }

    /** Whether the name at table place {@code name} is among the first {@code n} fields of the change. */
    private boolean seen(int name, int n) {
        for (int k = 0; k < n; k++) {
            if (fieldIds[k] == name) {
                return true;
            }
        }
        return false;
    }

    /** White space, a comma and white space: between the elements of a compact change. */
    private void next() throws JsonCursor.NotTaken {
        in.space();
        in.expect(',');
        in.space();
    }

    /**
     * A name of a compact change: a string, which is added to the payload's name table, or a whole number, the index
     * of a name added before in this payload.
     */
    private String tableName() throws JsonCursor.NotTaken {
        in.space();
        if (in.at('"')) {
            String name = in.name();
            Integer first = firstIndex.putIfAbsent(name, table.size());
            canonical = first != null ? first : table.size();
            if (table.size() == firstPlaces.length) {
                firstPlaces = Arrays.copyOf(firstPlaces, table.size() * 2);
            }
            firstPlaces[table.size()] = canonical;
            table.add(name);
            return name;
        }
        long index = in.longValue();
        if (index < 0 || index >= table.size()) {
            throw JsonCursor.NotTaken.INSTANCE;
        }
        canonical = firstPlaces[(int) index];
        return table.get((int) index);
    }

    /**
     * The names of the change just read ({@code n} of them in {@link #fieldNames}): the array of the change before
     * when it names the same fields in the same order, so changes of one shape share one.
     */
    private String[] shapeOf(int n) {
        boolean same = shape.length == n;
        for (int k = 0; same && k < n; k++) {
            same = shapeIds[k] == fieldIds[k];
        }
        if (!same) {
            shape = Arrays.copyOf(fieldNames, n);
            shapeIds = Arrays.copyOf(fieldIds, n);
        }
        return shape;
    }

    private Change change() throws JsonCursor.NotTaken {
        Object[] v = new Object[CHANGE.length];
        boolean[] seen = new boolean[CHANGE.length];
        object(CHANGE, seen, member -> v[member] = switch (member) {
            case 2, 6 -> nullOr(this::map);
            case 4 -> in.bool();
            case 0 -> in.name();
            default -> in.string();
        });
        return new Change((String) v[0], (String) v[1], castMap(v[2]), (String) v[3], v[4] != null && (Boolean) v[4],
                (String) v[5], castMap(v[6]));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castMap(Object map) {
        return (Map<String, String>) map;
    }

    private ConflictNote conflict() throws JsonCursor.NotTaken {
        Object[] v = new Object[CONFLICT.length];
        boolean[] seen = new boolean[CONFLICT.length];
        object(CONFLICT, seen, member -> v[member] = member == 7 ? in.bool() : in.string());
        return new ConflictNote((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                (String) v[5], (String) v[6], v[7] != null && (Boolean) v[7]);
    }

    private Resolution resolution() throws JsonCursor.NotTaken {
        Object[] v = new Object[RESOLUTION.length];
        boolean[] seen = new boolean[RESOLUTION.length];
        object(RESOLUTION, seen, member -> v[member] = in.string());
        return new Resolution((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4]);
    }

    private List<ConflictNote> conflicts() throws JsonCursor.NotTaken {
        List<ConflictNote> notes = new ArrayList<>();
        array(() -> notes.add(conflict()));
        return notes;
    }

    private List<Resolution> resolutions() throws JsonCursor.NotTaken {
        List<Resolution> list = new ArrayList<>();
        array(() -> list.add(resolution()));
        return list;
    }

    private List<String> strings() throws JsonCursor.NotTaken {
        List<String> list = new ArrayList<>();
        array(() -> {
            String s = in.string();
            if (s == null) {
                throw JsonCursor.NotTaken.INSTANCE; // a null element: Gson's record refuses it its own way
            }
            list.add(s);
        });
        return list;
    }

    /** A map of names to text or null; a name twice is left to Gson (it refuses it). */
    private Map<String, String> map() throws JsonCursor.NotTaken {
        Map<String, String> map = new LinkedHashMap<>();
        in.expect('{');
        in.space();
        if (in.take('}')) {
            return map;
        }
        do {
            in.space();
            String key = in.name();
            if (key == null) {
                throw JsonCursor.NotTaken.INSTANCE;
            }
            in.space();
            in.expect(':');
            in.space();
            if (map.containsKey(key)) {
                throw JsonCursor.NotTaken.INSTANCE;
            }
            map.put(key, in.string());
            in.space();
        } while (in.take(','));
        in.expect('}');
        return map;
    }

    @FunctionalInterface
    private interface Part<T> {
        T read() throws JsonCursor.NotTaken;
    }

    @FunctionalInterface
    private interface Element {
        void read() throws JsonCursor.NotTaken;
    }

    @FunctionalInterface
    private interface MemberValue {
        void read(int member) throws JsonCursor.NotTaken;
    }

    private <T> T nullOr(Part<T> part) throws JsonCursor.NotTaken {
        return in.takeNull() ? null : part.read();
    }

    /** A JSON array whose every element {@code element} reads; an empty one too. */
    private void array(Element element) throws JsonCursor.NotTaken {
        in.expect('[');
        in.space();
        if (in.take(']')) {
            return;
        }
        do {
            in.space();
            element.read();
            in.space();
        } while (in.take(','));
        in.expect(']');
    }

    /** A JSON object (not null) whose members are among {@code names}, each at most once. */
    private void object(String[] names, boolean[] seen, MemberValue value) throws JsonCursor.NotTaken {
        in.expect('{');
        in.space();
        if (in.take('}')) {
            return;
        }
        do {
            in.space();
            value.read(in.member(names, seen));
            in.space();
        } while (in.take(','));
        in.expect('}');
    }

}
