package nl.werkmap.report;

import java.util.List;

/**
 * The werklijst's deadlines a week view shows ({@link WorkList#week}): its items due in the listed days, in the
 * werklijst's order, without their coach (id and name null: the week view names the candidate, not the coach), and
 * how many of its items fell due before them (overdue for longer, still in the werklijst's window of
 * {@value DueSoonQueries#OVERDUE_WINDOW_MONTHS} months).
 */
public record WeekDeadlines(List<WorkItem> items, int dueBefore) {

    public WeekDeadlines {
        items = List.copyOf(items);
    }
}
