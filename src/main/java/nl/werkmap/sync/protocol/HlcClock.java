package nl.werkmap.sync.protocol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues hybrid-clock stamps that never go backwards and always pass every stamp observed from elsewhere, so an
 * edit made after seeing another one is ordered after it even when this machine's wall clock is behind.
 *
 * <p>Bounded: it never moves to a stamp more than {@code maxAhead} past its wall clock, so no stamp from elsewhere
 * can push it to the end of its range (where it could not stamp again). A stamp beyond the bound is refused
 * ({@link ClockAheadException}); callers check bundles at the door first ({@link ClockBounds}), this is the last line.
 */
public final class HlcClock {

    private final Clock wall;
    private final long maxAheadMillis;
    private Hlc last;

    public HlcClock(Clock wall, Hlc start, Duration maxAhead) {
        this.wall = wall;
        this.last = start;
        this.maxAheadMillis = maxAhead.toMillis();
    }

    public HlcClock(Clock wall, Hlc start) {
        this(wall, start, ClockBounds.DEFAULT_MARGIN);
    }

    public HlcClock(Clock wall) {
        this(wall, Hlc.ZERO);
    }

    /**
     * A new stamp after every stamp made or observed.
     *
     * @throws IllegalStateException when the clock was started more than a day beyond its bound (a hub database
     *                               holding stamps from the future, stored before the bound existed): stamping
     *                               after them would spread them, so the administrator repairs first
     */
    public synchronized Hlc now() {
        long physical = wall.millis();
        // A day of slack beyond the bound: a wall clock set back a little after an accepted stamp is no poison.
        if (last.physical() > physical + maxAheadMillis + ClockBounds.MAX_MARGIN.toMillis()) {
            throw new IllegalStateException("De hub heeft wijzigingen opgeslagen met een tijd ver in de toekomst (tot "
                    + shown(last) + "), waardoor nieuwe wijzigingen altijd zouden verliezen. Herstel dat met"
                    + " 'hub repair-clock' (eerst met --dry-run om te zien wat verandert) en start de hub opnieuw.");
        }
        last = physical > last.physical() ? new Hlc(physical, 0) : next(last);
        return last;
    }

    /**
     * Moves this clock past {@code seen}; call for every stamp applied from another device.
     *
     * @throws ClockAheadException when {@code seen} lies more than the bound past this clock's wall time
     */
    public synchronized void observe(Hlc seen) {
        // Only a stamp that would move this clock further than the bound is refused; its own stamps never are.
        if (seen.compareTo(last) > 0 && seen.physical() > wall.millis() + maxAheadMillis) {
            throw new ClockAheadException("Een wijziging heeft een tijd die verder dan " + ClockBounds.span(
                    maxAheadMillis) + " in de toekomst ligt (" + shown(seen) + "). Er is niets overgenomen.");
        }
        if (seen.compareTo(last) > 0) {
            last = seen;
        }
    }

    public synchronized Hlc last() {
        return last;
    }

    private static String shown(Hlc stamp) {
        try {
            return Instant.ofEpochMilli(stamp.physical()).toString();
        } catch (java.time.DateTimeException beyondInstant) {
            return stamp.toString();
        }
    }

    private static Hlc next(Hlc stamp) {
        return stamp.logical() < 99_999 ? new Hlc(stamp.physical(), stamp.logical() + 1) : new Hlc(stamp.physical() + 1, 0);
    }
}
