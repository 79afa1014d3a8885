package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A payload read from its bytes ({@link PayloadBytes}, Gson behind it for every other form) gives what Gson's binding
 * gave, with the same checks after: the same record (members, lists and maps in the same order) or a refusal of the
 * same class. For random bundles as our writer makes them (every kind of text, nulls, empty and absent lists,
 * conflicts, resolutions, erasures), for those bundles mutated byte by byte, and for the forms Gson's lenient reading
 * takes that the fast reader leaves to it. The writer's own form must be read without Gson.
 */
class PayloadBytesEquivalenceTest {

    private static final String TEXT = "abcXYZ019 -_.:/\\\"'\u00e9\u00eb\u20ac\u2028\u0001\n\t\r\u007f\ud83d\ude00<>&={}[],";

    @Test
    void randomBundlesAsOurWriterMakesThemAreReadFromTheBytesToTheSameRecord() {
        Random random = new Random(2026);
        for (int i = 0; i < 100; i++) {
            Bundle bundle = bundle(random);
            byte[] json = BundleJson.write(bundle);
            Bundle fast = PayloadBytes.read(json);
            assertNotNull(fast, "the writer's form is taken: " + new String(json, StandardCharsets.UTF_8));
            assertEquals(dump(BundleJson.readWithGson(json)), dump(fast));
            assertEquals(outcome(() -> old(json)), outcome(() -> BundleJson.read(json)));
        }
    }

    @Test
    void mutatedPayloadsGiveTheSameRecordOrARefusalOfTheSameClass() {
        Random random = new Random(13);
        int refused = 0;
        int taken = 0;
        for (int i = 0; i < 500; i++) {
            byte[] json = mutate(BundleJson.write(small(random)), random);
            String expected = outcome(() -> old(json));
            assertEquals(expected, outcome(() -> BundleJson.read(json)), new String(json, StandardCharsets.UTF_8));
            refused += expected.startsWith("refused") ? 1 : 0;
            taken += PayloadBytes.read(json) != null ? 1 : 0;
        }
        assertTrue(refused > 50 && taken > 50, "both outcomes often enough: " + refused + " refused, " + taken
                + " read from the bytes");
    }

    @Test
    void formsOnlyGsonsLenientReadingTakesAreLeftToGsonAndReadAsBefore() {
        String base = new String(BundleJson.write(small(new Random(5))), StandardCharsets.UTF_8);
        List<String> forms = List.of(
                base.replace("\"version\":1", "\"version\":\"1\""),
                base.replace("\"version\":1", "\"version\":1.0"),
                base.replace("\"version\":1", "\"version\":null"),
                base.replace("\"version\":1", "\"version\":1,\"version\":1"),
                base.replace("\"kind\":", "\"extra\":[1,{\"a\":null}],\"kind\":"),
                base.replace("\"kind\":\"down\"", "\"kind\":'down'"),
                base.replace("\"kind\":", "kind:"),
                base.replace("\"seqFrom\":", "\"seqFrom\":-"),
                base.replace("\"seqFrom\":", "/* c */\"seqFrom\":"),
                base.replace("\"tombstone\":false", "\"tombstone\":\"true\""),
                base.replace("\"tombstone\":false", "\"tombstone\":null"),
                base.replace("\"changes\":[", "\"changes\":[null,"),
                base.replace("\"erased\":null", "\"erased\":[null]"),
                base.replace("\"erased\":null", "\"erased\":[\"" + UUID.randomUUID() + "\",]"),
                base.replace("\"entity\":\"", "\"entity\":\"\\u0061"),
                base.replace("\"entity\":\"", "\"entity\":\"\\'"),
                base.replace("\"fields\":{", "\"fields\":{\"a\":\"1\",\"a\":\"2\","),
                base.replace("\"fields\":{", "\"fields\":{\"a\":1,"),
                base.replace("\"fields\":{", "\"fields\":{\"a\":\"x\ny\","),
                "\ufeff" + base, base + " ", base + "x", base + "{}", " \n" + base + "\t", "null", "", "[]", "{}",
                "{\"format\":\"werkmap-bundle\"}");
        for (String form : forms) {
            byte[] json = form.getBytes(StandardCharsets.UTF_8);
            assertEquals(outcome(() -> old(json)), outcome(() -> BundleJson.read(json)), form);
        }
        assertNull(PayloadBytes.read(forms.get(0).getBytes(StandardCharsets.UTF_8)), "a quoted number goes to Gson");
    }

    /** The read as it was: Gson's binding, then the same checks. */
    private static Bundle old(byte[] json) {
        return BundleJson.checkBound(BundleJson.readWithGson(json));
    }

    private static String outcome(java.util.function.Supplier<Bundle> read) {
        try {
            return "read " + dump(read.get());
        } catch (RuntimeException e) {
            return "refused " + e.getClass().getName();
        }
    }

    /** Every value of the record in order, maps with their order, so a different order shows. */
    private static String dump(Bundle b) {
        StringBuilder s = new StringBuilder(b.toString());
        for (Change c : b.changes()) {
            s.append('\n').append(c.fields().entrySet()).append(c.bases() == null ? "-" : c.bases().entrySet());
        }
        return s.toString();
    }

    private static Bundle bundle(Random r) {
        List<Change> changes = new ArrayList<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            int f = r.nextInt(5);
            for (int k = 0; k < f; k++) {
                fields.put(r.nextInt(4) == 0 ? text(r) : "field_" + r.nextInt(20), r.nextInt(6) == 0 ? null : text(r));
            }
            Map<String, String> bases = null;
            if (r.nextBoolean() && !fields.isEmpty()) {
                bases = new LinkedHashMap<>();
                for (String key : fields.keySet()) {
                    bases.put(key, hlc(r));
                }
            }
            changes.add(new Change(r.nextInt(5) == 0 ? text(r) : "candidate", UUID.randomUUID().toString(), fields,
                    hlc(r), r.nextBoolean(), r.nextBoolean() ? null : text(r), bases));
        }
        List<ConflictNote> conflicts = r.nextInt(3) == 0 ? List.of(new ConflictNote("candidate",
                UUID.randomUUID().toString(), "full_name", r.nextBoolean() ? null : text(r), hlc(r), text(r), hlc(r),
                r.nextBoolean())) : null;
        List<Resolution> resolutions = r.nextInt(3) == 0 ? List.of(Resolution.keep("candidate",
                UUID.randomUUID().toString(), "status", hlc(r))) : null;
        List<String> away = r.nextInt(3) == 0 ? List.of(UUID.randomUUID().toString(), text(r)) : null;
        List<String> erased = r.nextInt(3) == 0 ? List.of(UUID.randomUUID().toString()) : null;
        return new Bundle(r.nextInt(8) == 0 ? text(r) : Bundle.FORMAT, r.nextInt(8) == 0 ? r.nextInt() : 1,
                r.nextBoolean() ? Bundle.DOWN : Bundle.UP, UUID.randomUUID().toString(), text(r), "gemeente-a",
                r.nextInt(8) == 0 ? null : text(r), r.nextInt(1000), r.nextInt(8) == 0 ? Long.MAX_VALUE / 7
                : 1000 + r.nextInt(1000), "2026-12-05T10:00:00Z", changes, r.nextBoolean() ? null : "{\"kty\":\"EC\"}",
                away, conflicts, resolutions, erased);
    }

    /** A small valid down-bundle, the start for mutations: most mutations still parse. */
    private static Bundle small(Random r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("full_name", "Zo\u00eb \"de\" Vries");
        fields.put("status", r.nextBoolean() ? null : "ACTIEF");
        Change change = new Change("candidate", UUID.randomUUID().toString(), fields, new Hlc(1_700_000_000_000L, 1)
                .stamp("hub"), false, "dev-1", null);
        return new Bundle(Bundle.FORMAT, Bundle.VERSION, Bundle.DOWN, UUID.randomUUID().toString(), "hub",
                "gemeente-a", "dev-2", 0, 9, "2026-12-05T10:00:00Z", List.of(change), "{\"kty\":\"EC\"}", null,
                null, null, r.nextBoolean() ? List.of(UUID.randomUUID().toString()) : null);
    }

    private static String hlc(Random r) {
        return r.nextInt(10) == 0 ? text(r) : new Hlc(r.nextInt(1_000_000), r.nextInt(100)).stamp("dev");
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(9);
        for (int i = 0; i < n; i++) {
            b.append(TEXT.charAt(r.nextInt(TEXT.length())));
        }
        return b.toString();
    }

    /** One to three changes of a byte: set to a JSON-ish character, removed, doubled, or a run moved. */
    private static byte[] mutate(byte[] json, Random r) {
        byte[] out = json;
        String ascii = "\"{}[],:0123456789 \\nultrfae-.\n\t/'x";
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(out.length);
            switch (r.nextInt(4)) {
                case 0 -> {
                    out = out.clone();
                    out[at] = (byte) ascii.charAt(r.nextInt(ascii.length()));
                }
                case 1 -> {
                    byte[] shorter = new byte[out.length - 1];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
                    out = shorter.length == 0 ? out : shorter;
                }
                case 2 -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at + 1);
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
                default -> {
                    int to = Math.min(out.length, at + 1 + r.nextInt(12));
                    byte[] twice = new byte[out.length + (to - at)];
                    System.arraycopy(out, 0, twice, 0, to);
                    System.arraycopy(out, at, twice, to, out.length - at);
                    out = twice;
                }
            }
        }
        return out;
    }
}
