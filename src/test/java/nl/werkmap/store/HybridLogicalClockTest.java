package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {

    private static final String DEVICE = "0b8d1b8e-0000-4000-8000-000000000001";

    @Test
    void stampsAreTextSortableAndCarryTheDevice() {
        AtomicLong wall = new AtomicLong(1_700_000_000_000L);
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, wall::get, null);

        String first = clock.now();

        assertEquals("001700000000000-00000-" + DEVICE, first);
        assertEquals(1_700_000_000_000L, HybridLogicalClock.physicalOf(first));
    }

    @Test
    void staysMonotonicWhenTheWallClockGoesBackwards() {
        AtomicLong wall = new AtomicLong(1_700_000_000_000L);
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, wall::get, null);
        List<String> stamps = new ArrayList<>();
        stamps.add(clock.now());
        wall.set(1_600_000_000_000L); // the laptop's clock was set back a few years
        stamps.add(clock.now());
        stamps.add(clock.now());
        wall.set(1_700_000_000_001L);
        stamps.add(clock.now());

        for (int i = 1; i < stamps.size(); i++) {
            assertTrue(stamps.get(i).compareTo(stamps.get(i - 1)) > 0, stamps.toString());
        }
        assertEquals(1_700_000_000_000L, HybridLogicalClock.physicalOf(stamps.get(2)));
    }

    @Test
    void sameMillisecondCountsUp() {
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, () -> 5L, null);
        assertTrue(clock.now().startsWith("000000000000005-00000-"));
        assertTrue(clock.now().startsWith("000000000000005-00001-"));
    }

    @Test
    void counterOverflowBorrowsTheNextMillisecond() {
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, () -> 5L,
                "000000000000005-99999-" + DEVICE);
        String next = clock.now();
        assertTrue(next.startsWith("000000000000006-00000-"), next);
    }

    @Test
    void seedFromTheLogKeepsNewStampsAfterStoredOnes() {
        String stored = "001800000000000-00007-other-device";
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, () -> 1_700_000_000_000L, stored);
        assertTrue(clock.now().compareTo(stored) > 0);
    }

    @Test
    void observingARemoteStampFromTheFutureMovesPastIt() {
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, () -> 1_000L, null);
        String remote = "000000000009000-00003-ffffffff-remote";
        clock.observe(remote);
        String next = clock.now();
        assertTrue(next.compareTo(remote) > 0, next);
        assertEquals(9_000L, HybridLogicalClock.physicalOf(next));
    }

    @Test
    void observingAnOldStampDoesNotMoveTheClockBack() {
        AtomicLong wall = new AtomicLong(50_000L);
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, wall::get, null);
        String before = clock.now();
        clock.observe("000000000000010-00000-remote");
        assertTrue(clock.now().compareTo(before) > 0);
    }

    @Test
    void refusesGarbage() {
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, () -> 1L, null);
        assertThrows(IllegalArgumentException.class, () -> clock.observe("yesterday"));
    }

    @Test
    void aStampFromTheFarFutureIsRefusedAndTheClockStillStamps() {
        HybridLogicalClock clock = new HybridLogicalClock(DEVICE, () -> 1_700_000_000_000L, null);
        assertThrows(StoreException.class, () -> clock.observe("999999999999999-99999-remote"));
        String next = clock.now();
        assertEquals(1_700_000_000_000L, HybridLogicalClock.physicalOf(next), "not moved by the refused stamp");
    }
}
