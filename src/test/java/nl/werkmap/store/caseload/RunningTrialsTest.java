package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jooq.Record;
import org.junit.jupiter.api.Test;

/**
 * The list read asks a bit set before the map of running proefplaatsingen (issue 13). Every candidate must get
 * exactly what the map alone gave: those with a proefplaatsing their list, the others none; also when a stored
 * candidate id is not a UUID (then the bits are off) and when there are none at all.
 */
class RunningTrialsTest {

    @Test
    void everyCandidateGetsWhatTheMapGave() {
        Random random = new Random(15);
        Map<String, List<Record>> map = new HashMap<>();
        List<UUID> candidates = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            UUID id = i % 2 == 0 ? new UUID(random.nextLong(), random.nextLong()) : new UUID(7, i);
            candidates.add(id);
            if (i % 15 == 0) {
                // A list of its own, so only the same list passes assertSame below.
                map.put(id.toString(), new ArrayList<>());
            }
        }
        RunningTrials trials = new RunningTrials(map);
        int asked = 0;
        for (UUID id : candidates) {
            List<Record> expected = map.getOrDefault(id.toString(), List.of());
            List<Record> found = trials.of(id, id.toString());
            assertSame(expected, found, id::toString);
            asked += map.containsKey(id.toString()) ? 1 : 0;
        }
        assertTrue(asked > 1_000, "some candidates have a proefplaatsing");
    }

    @Test
    void aStoredIdThatIsNoUuidStillFindsItsRow() {
        Map<String, List<Record>> map = new HashMap<>();
        List<Record> odd = new ArrayList<>();
        map.put("not-a-uuid", odd);
        UUID other = new UUID(1, 2);
        List<Record> own = new ArrayList<>();
        map.put(other.toString(), own);
        RunningTrials trials = new RunningTrials(map);
        assertSame(own, trials.of(other, other.toString()));
        assertSame(odd, trials.of(new UUID(3, 4), "not-a-uuid"));
        assertEquals(List.of(), trials.of(new UUID(5, 6), new UUID(5, 6).toString()));
    }

    @Test
    void noneAtAll() {
        RunningTrials trials = new RunningTrials(Map.of());
        UUID id = UUID.randomUUID();
        assertEquals(List.of(), trials.of(id, id.toString()));
    }
}
