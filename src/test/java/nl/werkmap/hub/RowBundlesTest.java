package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * With a smaller first bundle: every row once, in order, whole; bundle k is cut at the first row that comes once
     * it holds its limit, the first's {@code first} and each next one's twice the one before up to {@code size}.
     * Fails when the first bundle is not cut at its own limit or the limits do not grow.
     */
    @Test
    void aSmallFirstBundleAndEachNextTwiceAsLargeUpToTheSize() {
        Random random = new Random(29);
        for (int n = 0; n < 500; n++) {
            List<FeedRow> feed = RandomFeedRows.rows(random, 60);
            int size = 1 + random.nextInt(40);
            int first = 1 + random.nextInt(size);
            List<List<FeedRow>> cut = new ArrayList<>();
            List<Boolean> lasts = new ArrayList<>();
            RowBundles rows = new RowBundles(first, size, (part, last) -> {
                cut.add(List.copyOf(part));
                lasts.add(last);
            });
            feed.forEach(rows::row);
            rows.finish();
            String what = "first " + first + ", size " + size + ", cut " + cut.stream().map(part -> part.stream()
                    .mapToInt(FeedRow::changeCount).sum()).toList();
            assertEquals(feed, cut.stream().flatMap(List::stream).toList(), what);
            assertEquals(cut.size() - 1, lasts.indexOf(true), what);
            assertEquals(1, lasts.stream().filter(last -> last).count(), what);
            int limit = first;
            for (int k = 0; k < cut.size(); k++) {
                List<FeedRow> part = cut.get(k);
                int before = part.stream().limit(Math.max(0, part.size() - 1)).mapToInt(FeedRow::changeCount).sum();
                assertTrue(part.isEmpty() && k == cut.size() - 1 || !part.isEmpty(), what);
                assertTrue(before < limit, "bundle " + k + " took a row after its limit " + limit + ": " + what);
                if (k < cut.size() - 1) {
                    int changes = before + part.get(part.size() - 1).changeCount();
                    assertTrue(changes >= limit, "bundle " + k + " cut before its limit " + limit + ": " + what);
                }
                limit = Math.min(size, 2 * limit);
            }
        }
    }
}
