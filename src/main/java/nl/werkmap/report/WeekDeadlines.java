package nl.werkmap.report;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * These deadlines listed from a later day {@code from} on: the items due before it counted instead, the rest in
     * the same order (what {@link WorkList#week} gives for {@code from}, from a read that listed more).
     */
    public WeekDeadlines listedFrom(LocalDate from) {
        List<WorkItem> listed = new ArrayList<>(items.size());
        int before = dueBefore;
        for (WorkItem item : items) {
            if (item.due().isBefore(from)) {
                before++;
            } else {
                listed.add(item);
            }
        }
        return new WeekDeadlines(listed, before);
    }
}
