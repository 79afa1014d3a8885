package nl.werkmap.sync.protocol;

import java.time.Clock;

/**
 * Issues hybrid-clock stamps that never go backwards and always pass every stamp observed from elsewhere, so an
 * edit made after seeing another one is ordered after it even when this machine's wall clock is behind.
 */
public final class HlcClock {

    private final Clock wall;
    private Hlc last;

    public HlcClock(Clock wall, Hlc start) {
        this.wall = wall;
        this.last = start;
    }

    public HlcClock(Clock wall) {
        this(wall, Hlc.ZERO);
    }

    public synchronized Hlc now() {
        long physical = wall.millis();
        last = physical > last.physical() ? new Hlc(physical, 0) : next(last);
        return last;
    }

    /** Moves this clock past {@code seen}; call for every stamp applied from another device. */
    public synchronized void observe(Hlc seen) {
        if (seen.compareTo(last) > 0) {
            last = seen;
        }
    }

    public synchronized Hlc last() {
        return last;
    }

    private static Hlc next(Hlc stamp) {
        return stamp.logical() < 99_999 ? new Hlc(stamp.physical(), stamp.logical() + 1) : new Hlc(stamp.physical() + 1, 0);
    }
}
