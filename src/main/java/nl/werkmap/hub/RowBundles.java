package nl.werkmap.hub;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.hub.store.FeedRow;

/**
 * Cuts a first fetch, given as {@link FeedRow}s, into down-bundles exactly as {@link DownBundles} cuts the same
 * rows' changes: a row goes into the open bundle while that holds fewer than {@code size} changes, a bundle is handed
 * on when the next row comes or the feed ends, and a feed without rows still gives one, empty, last bundle.
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

    RowBundles(int size, Seal seal) {
        this.size = size;
        this.seal = seal;
    }

    /** The next row. */
    void row(FeedRow row) {
        if (changes >= size) {
            seal.seal(open, false);
            open = new ArrayList<>();
            changes = 0;
        }
        open.add(row);
        changes += row.changeCount();
    }

    /** Seals the open bundle as the last. */
    void finish() {
        seal.seal(open, true);
    }
}
