package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the wall clock does and whatever other devices send, stamps only go up; a stamp from elsewhere more than
 * {@link HybridLogicalClock#MAX_AHEAD_MILLIS} ahead of the wall clock is refused and moves nothing.
 */
class HybridLogicalClockProperties {

    private static final long HOUR = HybridLogicalClock.MAX_AHEAD_MILLIS;

    @Property
    void stampsOnlyGoUp(@ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 99_999_999_999L) Long> walls,
                        @ForAll @Size(min = 1, max = 200) List<@LongRange(min = -99_999_999L, max = 3_600_000L) Long>
                                aheadOfWall,
                        @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 99_999) Long> counters) {
        long[] wall = {0};
        HybridLogicalClock clock = new HybridLogicalClock("device-a", () -> wall[0], null);
        String previous = "";
        for (int i = 0; i < walls.size(); i++) {
            wall[0] = walls.get(i);
            String remote = null;
            if (i < aheadOfWall.size() && i < counters.size() && counters.get(i) % 3 == 0) {
                // Another device's stamp, behind this wall clock or at most the allowed hour ahead of it.
                long physical = Math.max(0, wall[0] + aheadOfWall.get(i));
                remote = HybridLogicalClock.format(physical, counters.get(i).intValue(), "device-b");
                clock.observe(remote);
            }
            String now = clock.now();
            assertTrue(now.compareTo(previous) > 0, now + " after " + previous);
            if (remote != null) {
                assertTrue(now.compareTo(remote) > 0, now + " after remote " + remote);
            }
            previous = now;
        }
    }

    @Property
    void aStampMoreThanAnHourAheadIsRefusedAndMovesNothing(
            @ForAll @LongRange(min = 0, max = 99_999_999_999L) long wall,
            @ForAll @LongRange(min = 1, max = 999_999_999L) long beyondTheHour) {
        HybridLogicalClock clock = new HybridLogicalClock("device-a", () -> wall, null);
        String before = clock.now();
        String remote = HybridLogicalClock.format(wall + HOUR + beyondTheHour, 0, "device-b");
        assertThrows(StoreException.class, () -> clock.observe(remote));
        String after = clock.now();
        assertTrue(after.compareTo(before) > 0);
        assertTrue(after.compareTo(remote) < 0, "the refused stamp did not pull the clock: " + after);
    }
}
