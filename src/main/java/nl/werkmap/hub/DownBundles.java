package nl.werkmap.hub;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.sync.protocol.Change;

/**
 * Cuts a feed, given row by row, into down-bundles of about {@code size} changes: a row goes into the open bundle
 * while that holds fewer than {@code size} changes, so a bundle is never cut between two writes of one row (the
 * first write alone may lack a required field; sync-protocol.md §5). A bundle is handed on only when the next row
 * comes or the feed ends, so the last one is known as the last (it carries the feed's conflicts, transfers and
 * erasures). A feed without changes still gives one, empty, bundle: a device always gets one.
 */
final class DownBundles {

    /** Seals one part of the feed; {@code last} for the feed's final bundle. */
    @FunctionalInterface
    interface Seal {
        void seal(List<Change> part, boolean last);
    }

    private final int size;
    private final Seal seal;
    private List<Change> open = new ArrayList<>();

    DownBundles(int size, Seal seal) {
        this.size = size;
        this.seal = seal;
    }

    /** The next row's changes (its writes and tombstone, in order). */
    void row(List<Change> changes) {
        if (open.size() >= size) {
            seal.seal(open, false);
            open = new ArrayList<>();
        }
        open.addAll(changes);
    }

    /** A whole feed in order, each row's changes next to each other, cut into rows here. */
    void rows(List<Change> feed) {
        int start = 0;
        while (start < feed.size()) {
            Change first = feed.get(start);
            int end = start + 1;
            while (end < feed.size() && feed.get(end).id().equals(first.id())
                    && feed.get(end).entity().equals(first.entity())) {
                end++;
            }
            row(feed.subList(start, end));
            start = end;
        }
    }

    /** Seals the open bundle as the last. */
    void finish() {
        seal.seal(open, true);
    }
}
