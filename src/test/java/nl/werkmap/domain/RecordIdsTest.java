package nl.werkmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** New record ids are RFC 9562 version 7: the right version and variant, unique, and later ids sort later as text. */
class RecordIdsTest {

    @Test
    void isAVersionSevenUuidCarryingItsMillisecond() {
        long at = 1_764_057_600_123L;
        UUID id = RecordIds.at(at);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(at, id.getMostSignificantBits() >>> 16);
        assertEquals(id, UUID.fromString(id.toString()));
    }

    @Test
    void idsOfLaterMillisecondsSortLaterAsText() {
        long at = 1_764_057_600_000L;
        for (int i = 0; i < 1_000; i++) {
            String earlier = RecordIds.at(at + i).toString();
            String later = RecordIds.at(at + i + 1).toString();
            assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
        }
    }

    @Test
    void idsOfTheSameMillisecondStillDiffer() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(RecordIds.at(1_764_057_600_000L)));
        }
        assertNotEquals(RecordIds.next(), RecordIds.next());
    }
}
