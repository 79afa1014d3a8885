package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Whatever the wall clock does and whatever other devices send, stamps only go up. */
class HybridLogicalClockProperties {

    @Property
    void stampsOnlyGoUp(@ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 99_999_999_999L) Long> walls,
                        @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 99_999_999_999L) Long> remotes) {
        long[] wall = {0};
        HybridLogicalClock clock = new HybridLogicalClock("device-a", () -> wall[0], null);
        String previous = "";
        for (int i = 0; i < walls.size(); i++) {
            wall[0] = walls.get(i);
            String remote = null;
            if (i < remotes.size() && remotes.get(i) % 3 == 0) {
                remote = HybridLogicalClock.format(remotes.get(i), (int) (remotes.get(i) % 100_000), "device-b");
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
}
