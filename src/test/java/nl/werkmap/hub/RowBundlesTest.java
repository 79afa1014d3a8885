package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.werkmap.hub.store.FeedRow;
import nl.werkmap.hub.store.RandomFeedRows;
import nl.werkmap.sync.protocol.Change;

/**
 * A first fetch cut as rows ({@link RowBundles}) gives the bundles {@link DownBundles} cuts the same rows' changes
 * into: the same changes in each, the same last one, one empty bundle for an empty feed.
 */
class RowBundlesTest {

    @Test
    void rowsAreCutWhereTheirChangesAreCut() {
        Random random = new Random(17);
        for (int n = 0; n < 500; n++) {
            List<FeedRow> feed = RandomFeedRows.rows(random, 30);
            int size = 1 + random.nextInt(12);
            List<List<Change>> expected = new ArrayList<>();
            List<Boolean> expectedLast = new ArrayList<>();
            DownBundles changes = new DownBundles(size, (part, last) -> {
                expected.add(List.copyOf(part));
                expectedLast.add(last);
            });
            List<List<Change>> cut = new ArrayList<>();
            List<Boolean> cutLast = new ArrayList<>();
            RowBundles rows = new RowBundles(size, (part, last) -> {
                cut.add(part.stream().flatMap(row -> row.changes().stream()).toList());
                cutLast.add(last);
            });
            for (FeedRow row : feed) {
                changes.row(row.changes());
                rows.row(row);
            }
            changes.finish();
            rows.finish();
            assertEquals(expected, cut, "size " + size);
            assertEquals(expectedLast, cutLast);
        }
    }
}
