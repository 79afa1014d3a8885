package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.werkmap.sync.protocol.Change;

/**
 * Bundles cut row by row ({@link DownBundles}) are the bundles the whole feed was cut into before (about {@code size}
 * changes, extended to the end of the row at the cut), never cut inside a row, the last one marked, and one empty
 * bundle for an empty feed.
 */
class DownBundlesTest {

    @Test
    void rowByRowCutsWhereTheWholeFeedWasCutAndNeverInsideARow() {
        Random random = new Random(5);
        for (int n = 0; n < 300; n++) {
            List<Change> feed = feed(random);
            int size = 1 + random.nextInt(12);
            List<List<Change>> parts = new ArrayList<>();
            List<Boolean> last = new ArrayList<>();
            DownBundles bundles = new DownBundles(size, (part, isLast) -> {
                parts.add(List.copyOf(part));
                last.add(isLast);
            });
            bundles.rows(feed);
            bundles.finish();
            assertEquals(wholeFeedCut(feed, size), parts, "size " + size);
            for (int i = 0; i < parts.size(); i++) {
                assertEquals(i == parts.size() - 1, last.get(i));
                if (i > 0 && !parts.get(i).isEmpty()) {
                    Change before = parts.get(i - 1).get(parts.get(i - 1).size() - 1);
                    Change after = parts.get(i).get(0);
                    assertTrue(!before.id().equals(after.id()), "cut between rows only");
                }
            }
        }
    }

    /** The cut as the hub made it over the whole feed before it was read in pages. */
    private static List<List<Change>> wholeFeedCut(List<Change> changes, int size) {
        List<List<Change>> parts = new ArrayList<>();
        int start = 0;
        while (start < changes.size()) {
            int end = Math.min(changes.size(), start + size);
            while (end < changes.size() && changes.get(end - 1).id().equals(changes.get(end).id())
                    && changes.get(end - 1).entity().equals(changes.get(end).entity())) {
                end++;
            }
            parts.add(changes.subList(start, end));
            start = end;
        }
        if (parts.isEmpty()) {
            parts.add(List.of());
        }
        return parts;
    }

    private static List<Change> feed(Random random) {
        List<Change> feed = new ArrayList<>();
        int rows = random.nextInt(30);
        for (int r = 0; r < rows; r++) {
            int writes = 1 + (random.nextInt(4) == 0 ? random.nextInt(4) : 0);
            for (int w = 0; w < writes; w++) {
                feed.add(new Change(r % 3 == 0 ? "candidate" : "coaching_session", "row-" + r,
                        Map.of("f", "v" + w), String.format("%015d-%05d", r, w), false, "device-a"));
            }
        }
        return feed;
    }
}
