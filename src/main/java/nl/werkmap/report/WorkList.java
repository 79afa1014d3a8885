package nl.werkmap.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jooq.DSLContext;

/**
 * The werklijst a team lead works from: what is due in the next 30 days and what is overdue by at most a year
 * (see {@link DueSoonQueries} for why), plus how many older overdue items were left off. Named items are for the
 * screen and the explicit werklijst export only, never for a summary.
 *
 * @param olderOverdue items overdue for more than {@value DueSoonQueries#OVERDUE_WINDOW_MONTHS} months: counted, not
 *                     listed, because they almost always mean a measurement or an ending that was never recorded
 */
public record WorkList(List<WorkItem> items, int olderOverdue) {

    /** How far back overdue items are still listed. */
    public static final int OVERDUE_WINDOW_MONTHS = DueSoonQueries.OVERDUE_WINDOW_MONTHS;

    public WorkList {
        items = List.copyOf(items);
    }

    /** Computes the werklijst for a scope on the plain columns of the caseload (no sealed field is opened). */
    public static WorkList compute(DSLContext dsl, Clock clock, ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        return merged(placements(dsl, scope, today), jobcoach(dsl, scope, today));
    }

    /**
     * A read on a connection of its own, e.g. {@code store::read}: the caller hands out one of the store's read
     * connections for the duration of {@code work}.
     */
    @FunctionalInterface
    public interface Reads {
        <T> T read(Function<DSLContext, T> work);
    }

    /**
     * The same werklijst as {@link #compute(DSLContext, Clock, ReportScope)}, its two halves read at once on two
     * read connections: the placement dates (halfjaarrapportage, end of a proefplaatsing, loonwaarde) on the calling
     * thread and the jobcoach trajectory's deadlines on the common pool (issue 13: at 150,000 candidates each half is
     * a scan over tens of thousands of placements, about 150 ms each, and a team lead's week view waits for both).
     * The same statements and rules, so the same items in the same order. The halves are two read transactions: a
     * write that ends between their starts can be seen by one and not the other, as it already could between the
     * week view's own reads; the week view reads again after any write.
     *
     * <p>No connection is held while waiting for the other half (the calling thread's read has ended before it
     * joins), so two of these at once never wait on each other's connections. When the common pool is busy, the
     * calling thread runs the second half itself once its own is done.
     */
    public static WorkList compute(Reads reads, Clock clock, ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        return halves(reads, scope, today, DueRange.werklijst(today), DueRange.werklijst(today));
    }

    /**
     * The werklijst's items due from {@code listedFrom} up to {@code lastDay}, as {@link #compute(Reads, Clock,
     * ReportScope)} gives them (the same items in the same order, its two halves read at once) but without their
     * coach, and how many of its items fell due before {@code listedFrom}: what the week view shows and counts of
     * it. Only those items are made (issue 13: at 150,000 candidates most of the werklijst's items are due later this
     * month).
     */
    public static WeekDeadlines week(Reads reads, Clock clock, ReportScope scope, LocalDate listedFrom,
                                     LocalDate lastDay) {
        LocalDate today = LocalDate.now(clock);
        DueRange dates = DueRange.week(today, listedFrom, lastDay);
        DueRange jobcoach = DueRange.week(today, listedFrom, lastDay);
        WorkList listed = halves(reads, scope, today, dates, jobcoach);
        return new WeekDeadlines(listed.items(), dates.counted() + jobcoach.counted());
    }

    /**
     * Both halves at once, each making the items of its own range (one range per half: they count apart). The
     * calling thread reads this week's sessions for the jobcoach half's "uren invoeren" test and then the placement
     * dates, while the pool's thread scans the jobcoach placements (the longer half); the scan's "uren invoeren" are
     * settled after both, so neither thread holds a connection while it waits.
     */
    private static WorkList halves(Reads reads, ReportScope scope, LocalDate today, DueRange datesListed,
                                   DueRange jobcoachListed) {
        ForkJoinTask<JobcoachDeadlineQueries.Scan> jobcoach = ForkJoinTask.adapt(
                () -> reads.read(dsl -> jobcoachQueries(dsl, scope, today).scan(jobcoachListed)));
        ForkJoinPool.commonPool().execute(jobcoach);
        Set<String> loggedThisWeek;
        WorkList placements;
        try {
            loggedThisWeek = reads.read(dsl -> jobcoachQueries(dsl, scope, today).loggedThisWeek());
            placements = reads.read(dsl -> placements(dsl, scope, today, datesListed));
        } catch (RuntimeException e) {
            // The other half still ends on its own and gives its connection back; nobody waits for it.
            jobcoach.cancel(false);
            throw e;
        }
        return merged(placements, jobcoach.join().items(loggedThisWeek));
    }

    /** The placement dates, in the order of the scan (the merge sorts). */
    private static WorkList placements(DSLContext dsl, ReportScope scope, LocalDate today, DueRange listed) {
        return new DueSoonQueries(dsl, caseload(dsl, scope, today), today).unsortedWorkList(listed);
    }

    private static WorkList placements(DSLContext dsl, ReportScope scope, LocalDate today) {
        return placements(dsl, scope, today, DueRange.werklijst(today));
    }

    /** The jobcoach trajectory's deadlines within the werklijst's window, in the order of the scan. */
    private static List<WorkItem> jobcoach(DSLContext dsl, ReportScope scope, LocalDate today) {
        return jobcoachQueries(dsl, scope, today).items(DueRange.werklijst(today));
    }

    private static JobcoachDeadlineQueries jobcoachQueries(DSLContext dsl, ReportScope scope, LocalDate today) {
        return new JobcoachDeadlineQueries(dsl, caseload(dsl, scope, today), today);
    }

    private static CaseloadQueries caseload(DSLContext dsl, ReportScope scope, LocalDate today) {
        ReportPeriod anyTime = ReportPeriod.custom(LocalDate.of(1900, 1, 1), today);
        return new CaseloadQueries(dsl, new ScopeFilter(scope), anyTime);
    }

    /**
     * Both halves in one list by due date and kind; of equal date and kind the placement dates first, each half in
     * its scan's order: what sorting the placement dates and then everything stably gave before.
     */
    private static WorkList merged(WorkList placements, List<WorkItem> jobcoach) {
        List<WorkItem> all = new ArrayList<>(placements.items().size() + jobcoach.size());
        all.addAll(placements.items());
        all.addAll(jobcoach);
        return new WorkList(DueOrder.sorted(all), placements.olderOverdue());
    }

    /**
     * The werklijst's window on the jobcoach deadlines: due in the next {@value DueSoonQueries#DAYS} days or
     * overdue by at most {@value DueSoonQueries#OVERDUE_WINDOW_MONTHS} months. An aanvraag for a placement that
     * started more than a year ago without a toekenning is left off, not counted: it is no work for this month.
     */
    static List<WorkItem> withinWindow(List<WorkItem> items, LocalDate today) {
        Predicate<LocalDate> window = window(today);
        return items.stream().filter(i -> window.test(i.due())).toList();
    }

    /** {@link #withinWindow}'s test on one due date. */
    static Predicate<LocalDate> window(LocalDate today) {
        LocalDate horizon = today.plusDays(DueSoonQueries.DAYS);
        LocalDate oldest = today.minusMonths(DueSoonQueries.OVERDUE_WINDOW_MONTHS);
        return due -> !due.isAfter(horizon) && !due.isBefore(oldest);
    }
}
