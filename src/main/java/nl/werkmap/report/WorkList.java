package nl.werkmap.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        ReportPeriod anyTime = ReportPeriod.custom(LocalDate.of(1900, 1, 1), today);
        CaseloadQueries caseload = new CaseloadQueries(dsl, new ScopeFilter(scope), anyTime);
        WorkList placements = new DueSoonQueries(dsl, caseload, today).workList();
        List<WorkItem> all = new ArrayList<>(placements.items());
        all.addAll(withinWindow(new JobcoachDeadlineQueries(dsl, caseload, today).items(), today));
        all.sort(Comparator.comparing(WorkItem::due).thenComparing(WorkItem::kind));
        return new WorkList(all, placements.olderOverdue());
    }

    /**
     * The werklijst's window on the jobcoach deadlines: due in the next {@value DueSoonQueries#DAYS} days or
     * overdue by at most {@value DueSoonQueries#OVERDUE_WINDOW_MONTHS} months. An aanvraag for a placement that
     * started more than a year ago without a toekenning is left off, not counted: it is no work for this month.
     */
    static List<WorkItem> withinWindow(List<WorkItem> items, LocalDate today) {
        LocalDate horizon = today.plusDays(DueSoonQueries.DAYS);
        LocalDate oldest = today.minusMonths(DueSoonQueries.OVERDUE_WINDOW_MONTHS);
        return items.stream().filter(i -> !i.due().isAfter(horizon) && !i.due().isBefore(oldest)).toList();
    }
}
