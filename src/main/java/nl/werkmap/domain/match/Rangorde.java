package nl.werkmap.domain.match;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A ranking as a list, best first, whose matches (every criterion with its Dutch reason) are built when a result is
 * first read: the order comes from the verdicts alone, and a screen shows a page of 150,000 results, not all.
 * Read-only. A match once built is kept; two threads reading the same result at once may each build it, and
 * since a match is immutable either copy is the same.
 */
final class Rangorde extends AbstractList<Match> implements RandomAccess {

    private final int[] order;
    private final IntFunction<Match> build;
    private final Match[] built;

    /** {@code order}: input positions best first; {@code build}: the full match of one input position. */
    Rangorde(int[] order, IntFunction<Match> build) {
        this.order = order;
        this.build = build;
        this.built = new Match[order.length];
    }

    @Override
    public Match get(int index) {
        Match m = built[index];
        if (m == null) {
            m = build.apply(order[index]);
            built[index] = m;
        }
        return m;
    }

    @Override
    public int size() {
        return order.length;
    }
}
