package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A change's fields as the reader keeps them ({@link FieldMap}) answer as the LinkedHashMap they replaced, cannot be
 * changed, and are taken by {@link Change} without a copy; compact changes of one shape share their names array,
 * and a field named twice through two places of the name table is still refused.
 */
class FieldMapTest {

    private static final String[] NAMES = {"status", "city", "deleted", "full_name", "a", "b_c", "x"};

    @Test
    void aFieldMapAnswersAsTheLinkedHashMapOfTheSameFields() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            Map<String, String> plain = new LinkedHashMap<>();
            int n = random.nextInt(NAMES.length + 1);
            for (int k = 0; k < n; k++) {
                plain.put(NAMES[random.nextInt(NAMES.length)], random.nextInt(4) == 0 ? null : "v" + random.nextInt(3));
            }
            FieldMap map = FieldMap.of(plain);
            assertEquals(plain, map);
            assertEquals(map, plain);
            assertEquals(plain.hashCode(), map.hashCode());
            assertEquals(new ArrayList<>(plain.entrySet()), new ArrayList<>(map.entrySet()), "order");
            assertEquals(new ArrayList<>(plain.keySet()), new ArrayList<>(map.keySet()));
            for (String name : NAMES) {
                assertEquals(plain.containsKey(name), map.containsKey(name), name);
                assertEquals(plain.get(name), map.get(name), name);
            }
            assertNull(map.get(null));
            for (int k = 0; k < map.size(); k++) {
                assertEquals(map.get(map.name(k)), map.value(k));
            }
            assertThrows(UnsupportedOperationException.class, () -> map.put("x", "y"));
            if (!map.isEmpty()) {
                assertThrows(UnsupportedOperationException.class, () -> map.entrySet().clear());
            }
        }
    }

    @Test
    void aChangeTakesAFieldMapAsItIsAndCopiesAnyOtherMap() {
        FieldMap map = FieldMap.of(Map.of("status", "ACTIEF"));
        assertSame(map, new Change("candidate", "id", map, "h", false).fields());
        Map<String, String> plain = new LinkedHashMap<>(Map.of("status", "ACTIEF"));
        Map<String, String> copied = new Change("candidate", "id", plain, "h", false).fields();
        plain.put("city", "Zwolle");
        assertEquals(Map.of("status", "ACTIEF"), copied);
    }

    @Test
    void compactChangesOfOneShapeShareTheirNamesAndAFieldTwiceIsRefused() {
        String same = payload("[[\"candidate\",\"i1\",\"001\",\"dev\",[\"status\",\"A\",\"city\",\"B\"]],"
                + "[0,\"i2\",\"002\",1,[2,\"C\",3,\"D\"]],"
                + "[0,\"i3\",\"003\",1,[3,\"E\",2,\"F\"]],"
                + "[0,\"i4\",\"004\",1,[3,\"G\",2,null]]]");
        List<Change> changes = PayloadBytes.read(same.getBytes(StandardCharsets.UTF_8)).changes();
        FieldMap first = (FieldMap) changes.get(0).fields();
        assertSame(first.names(), ((FieldMap) changes.get(1).fields()).names(), "same fields, same order");
        FieldMap third = (FieldMap) changes.get(2).fields();
        assertEquals(List.of("city", "status"), List.of(third.names()));
        assertSame(third.names(), ((FieldMap) changes.get(3).fields()).names());
        assertEquals(Map.of("status", "C", "city", "D"), changes.get(1).fields());
        assertEquals("001-dev", changes.get(0).hlc());
        java.util.HashMap<String, String> withNull = new java.util.HashMap<>();
        withNull.put("city", "G");
        withNull.put("status", null);
        assertEquals(withNull, changes.get(3).fields());

        // "status" a second time in the name table: a field named twice through another place is still refused.
        String twice = payload("[[\"candidate\",\"i1\",\"001\",\"dev\",[\"status\",\"A\",\"status\",\"B\"]]]");
        assertNull(PayloadBytes.read(twice.getBytes(StandardCharsets.UTF_8)));
        String twiceByPlace = payload("[[\"candidate\",\"i1\",\"001\",\"dev\",[\"status\",\"A\"]],"
                + "[0,\"i2\",\"002\",1,[\"status\",\"B\",2,\"C\"]]]");
        assertNull(PayloadBytes.read(twiceByPlace.getBytes(StandardCharsets.UTF_8)));
    }

    private static String payload(String changes) {
        return "{\"format\":\"werkmap-bundle\",\"version\":1,\"kind\":\"down\",\"bundleId\":"
                + "\"00000000-0000-0000-0000-000000000001\",\"deviceId\":\"hub\",\"municipality\":\"g\","
                + "\"recipient\":\"d\",\"seqFrom\":0,\"seqTo\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"changes\":"
                + changes + "}";
    }
}
