package nl.werkmap.sync.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleJson;
import nl.werkmap.sync.protocol.BundleRefusedException;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ClockBounds;

/**
 * The bundle parser and the door checks on random, mutated and hostile payloads: every input is either accepted or
 * refused with a defined code; no other exception, whatever the bytes.
 */
class DoorFuzzProperties {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    /** Parses and checks as the hub does after the envelope: the payload, its content, its clock. */
    private static void door(byte[] payload) {
        Bundle bundle = BundleJson.read(payload);
        ContentCheck.check(bundle);
        ClockBounds.checkUp(bundle, NOW, ClockBounds.DEFAULT_MARGIN);
        ClockBounds.checkDown(bundle, NOW, ClockBounds.DEVICE_MARGIN);
    }

    private static void acceptedOrRefused(byte[] payload) {
        try {
            door(payload);
        } catch (BundleRefusedException refused) {
            assertTrue(refused.code() != null && refused.getMessage() != null && refused.getMessage().length() < 2_000,
                    String.valueOf(refused.getMessage()));
        }
    }

    @Property(tries = 300)
    void randomBytesAreRefusedWithACode(@ForAll byte[] payload) {
        acceptedOrRefused(payload);
    }

    @Property(tries = 400)
    void mutatedBundlesAreAcceptedOrRefusedWithACode(@ForAll("bundles") Bundle bundle, @ForAll Random random) {
        String json = new String(BundleJson.write(bundle), StandardCharsets.UTF_8);
        for (int round = 0; round < 1 + random.nextInt(4); round++) {
            json = mutate(json, random);
        }
        acceptedOrRefused(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void hostileButWellFormedBundlesAreAcceptedOrRefusedWithACode(@ForAll("bundles") Bundle bundle) {
        acceptedOrRefused(BundleJson.write(bundle));
    }

    private static final List<String> SPLICES = List.of("null", "[]", "{}", "[null]", "\"\"", "-1", "1e309", "true",
            "\"999999999999999-99999\"", "\"../../../x\"", "\"hub_key\"", "[[[[[[[[[[]]]]]]]]]]", "\"\\u0000\"",
            "9223372036854775808", "{\"a\":", "\"", ",", "}", "]");

    /** One random edit of the JSON text: a character replaced, a range cut, duplicated, or a hostile piece spliced in. */
    static String mutate(String json, Random random) {
        if (json.isEmpty()) {
            return SPLICES.get(random.nextInt(SPLICES.size()));
        }
        int at = random.nextInt(json.length());
        int end = Math.min(json.length(), at + 1 + random.nextInt(30));
        return switch (random.nextInt(5)) {
            case 0 -> json.substring(0, at) + (char) (32 + random.nextInt(95)) + json.substring(at + 1);
            case 1 -> json.substring(0, at) + json.substring(end);
            case 2 -> json.substring(0, end) + json.substring(at, end) + json.substring(end);
            case 3 -> json.substring(0, at) + SPLICES.get(random.nextInt(SPLICES.size())) + json.substring(end);
            default -> replaceValue(json, random);
        };
    }

    /** Replaces the value after a random {@code ":"} with a hostile piece, keeping the JSON shape more often. */
    private static String replaceValue(String json, Random random) {
        List<Integer> colons = new ArrayList<>();
        for (int i = json.indexOf("\":"); i >= 0; i = json.indexOf("\":", i + 1)) {
            colons.add(i + 2);
        }
        if (colons.isEmpty()) {
            return json;
        }
        int start = colons.get(random.nextInt(colons.size()));
        int end = start;
        while (end < json.length() && ",}]".indexOf(json.charAt(end)) < 0) {
            end++;
        }
        return json.substring(0, start) + SPLICES.get(random.nextInt(SPLICES.size())) + json.substring(end);
    }

    @Provide
    Arbitrary<Bundle> bundles() {
        Arbitrary<String> entity = Arbitraries.oneOf(Arbitraries.of(List.copyOf(CaseloadSchema.entities())),
                Arbitraries.of("hub_key", "change_log", "sync_enrollment", "x", ""));
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.of("../../../x", "", "1-1-1-1-1", "00000000-0000-0000-0000-00000000000G"),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of("status", "full_name", "coach_id", "registered_on",
                        "hours_available", "max_travel_minutes", "has_car", "deleted", "starts_at", "went_well", "id",
                        "updated_at", "password"),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz_").ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("ACTIEF", "true", "0", "12.5", "1e400", "NaN",
                        "2026-11-01", "2026-02-30", "2026-12-04T10:30", UUID.randomUUID().toString(), ""),
                Arbitraries.strings().ofMaxLength(50), Arbitraries.strings().ofMinLength(3_990).ofMaxLength(4_010),
                Arbitraries.just(null));
        Arbitrary<String> stamp = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of(0L, 999_999_999_999_999L, NOW.toEpochMilli(),
                                NOW.plus(ClockBounds.DEFAULT_MARGIN).toEpochMilli(),
                                NOW.plus(ClockBounds.DEFAULT_MARGIN).toEpochMilli() + 1,
                                NOW.plus(Duration.ofDays(400)).toEpochMilli()),
                        Arbitraries.longs().between(0, 999_999_999_999_999L)),
                Arbitraries.oneOf(Arbitraries.of(0, 99_999), Arbitraries.integers().between(0, 99_999)))
                .as((physical, logical) -> String.format("%015d-%05d-dev", physical, logical));
        Arbitrary<Change> change = Combinators.combine(entity, id,
                Combinators.combine(field, value).as((f, v) -> {
                    Map<String, String> one = new LinkedHashMap<>();
                    one.put(f, v);
                    return one;
                }).list().ofMaxSize(3), stamp, Arbitraries.of(true, false))
                .as((e, i, parts, s, tomb) -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    parts.forEach(fields::putAll);
                    return new Change(e, i, fields, s, tomb);
                });
        return change.list().ofMaxSize(5).map(changes -> Bundle.up(UUID.randomUUID().toString(), "dev", "gemeente-a",
                1, Math.max(1, changes.size()), NOW.toString(), changes));
    }
}
