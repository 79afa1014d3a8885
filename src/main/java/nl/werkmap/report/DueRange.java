package nl.werkmap.report;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Which of the werklijst's items one read makes, and which it only counts, by due date. The werklijst makes every
 * item of its window (due in the next {@value DueSoonQueries#DAYS} days or overdue by at most
 * {@value DueSoonQueries#OVERDUE_WINDOW_MONTHS} months); the week view (issue 13) needs only those of its own weeks
 * as items and a count of the window's items before them: at 150,000 candidates about 21,000 of 75,000 items, the
 * rest (most due later this month) made, and their ids and coach read, only to be dropped.
 *
 * <p>{@link #test} is asked once per item of the window and counts what it leaves off before {@code listedFrom};
 * one range per read (not shared between threads).
 */
final class DueRange implements Predicate<LocalDate> {

    private final LocalDate countedFrom;
    private final LocalDate listedFrom;
    private final LocalDate listedTo;
    private final boolean coach;
    private int counted;

    private DueRange(LocalDate countedFrom, LocalDate listedFrom, LocalDate listedTo, boolean coach) {
        this.countedFrom = countedFrom;
        this.listedFrom = listedFrom;
        this.listedTo = listedTo;
        this.coach = coach;
    }

    /** The werklijst's window, every item made. */
    static DueRange werklijst(LocalDate today) {
        LocalDate oldest = oldest(today);
        return new DueRange(oldest, oldest, today.plusDays(DueSoonQueries.DAYS), true);
    }

    /**
     * The items of the werklijst's window due from {@code listedFrom} up to {@code lastDay} made, those due before
     * {@code listedFrom} counted, later ones left off; made without their coach (the week view does not show it: no
     * coach column read and no name looked up per item).
     */
    static DueRange week(LocalDate today, LocalDate listedFrom, LocalDate lastDay) {
        LocalDate oldest = oldest(today);
        LocalDate horizon = today.plusDays(DueSoonQueries.DAYS);
        LocalDate from = listedFrom.isBefore(oldest) ? oldest : listedFrom;
        return new DueRange(oldest, from, lastDay.isAfter(horizon) ? horizon : lastDay, false);
    }

    private static LocalDate oldest(LocalDate today) {
        return today.minusMonths(DueSoonQueries.OVERDUE_WINDOW_MONTHS);
    }

    /** True if an item due on {@code due} is made; one due in the counted span before is counted instead. */
    @Override
    public boolean test(LocalDate due) {
        if (due.isAfter(listedTo) || due.isBefore(countedFrom)) {
            return false;
        }
        if (due.isBefore(listedFrom)) {
            counted++;
            return false;
        }
        return true;
    }

    /** True if the items made carry their coach's id and name; else both are null. */
    boolean coach() {
        return coach;
    }

    /** The window's items left off because they fell due before the listed span. */
    int counted() {
        return counted;
    }
}
