package nl.werkmap.hub;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.hub.store.FeedRow;

/**
 * Cuts a first fetch, given as {@link FeedRow}s, into down-bundles as {@link DownBundles} cuts the same rows' changes:
 * a row goes into the open bundle while that holds fewer changes than its limit, a bundle is handed on when the next
 * row comes or the feed ends, and a feed without rows still gives one, empty, last bundle. The first bundle's limit
 * may be smaller ({@code first}), each next one's twice the one before up to {@code size}: the device opens and
 * applies a small first bundle while the hub still reads and seals the next, instead of idling until a full one
 * (5,000 changes, cold code on both sides) is read, sealed and sent. With {@code first == size} the cut is exactly
 * {@link DownBundles}'.
 */
final class RowBundles {

    /** Writes one part of the feed; {@code last} for the feed's final bundle. */
    @FunctionalInterface
    interface Seal {
        void seal(List<FeedRow> part, boolean last);
    }

    private final int size;
    private final Seal seal;
    private List<FeedRow> open = new ArrayList<>();
    private int changes;
    /** The open bundle's limit: {@code first}, doubled after each bundle up to {@code size}. */
    private int limit;

    /** Every bundle up to {@code size} changes, as {@link DownBundles}. */
    RowBundles(int size, Seal seal) {
        this(size, size, seal);
    }

    /** The first bundle up to {@code first} changes, each next one up to twice as many, at most {@code size}. */
    RowBundles(int first, int size, Seal seal) {
        if (first < 1 || first > size) {
            throw new IllegalArgumentException("first " + first + ", size " + size);
        }
        this.size = size;
        this.seal = seal;
        this.limit = first;
    }

    /** The next row. */
    void row(FeedRow row) {
        if (changes >= limit) {
            seal.seal(open, false);
            open = new ArrayList<>();
            changes = 0;
            limit = (int) Math.min(size, 2L * limit);
        }
        open.add(row);
        changes += row.changeCount();
    }

    /** Seals the open bundle as the last. */
    void finish() {
        seal.seal(open, true);
    }
}
