package nl.werkmap.ui.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.report.ReportScope;
import nl.werkmap.report.WorkItem;
import nl.werkmap.report.WorkList;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.week.WeekEntry;
import nl.werkmap.store.week.WeekQuery;

/**
 * The oracle of {@link WeekAgendaEquivalenceTest}: {@code WeekAgenda.load} as it was before the lists and the older
 * overdue count were split into two steps (issue 13, weekall2), one pass that lists and counts the werklijst's
 * deadlines together. Kept only to compare with.
 */
final class OnePassWeekAgenda {

    private OnePassWeekAgenda() {
    }

    static WeekAgenda.Week load(Clock clock, CaseloadStore store, UUID coachId, boolean withOlder) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = WeekAgenda.lastDayOf(today);
        LocalDate oldest = today.minusMonths(WeekAgenda.OVERDUE_MONTHS);
        LocalDate recent = withOlder ? oldest : today.minusWeeks(WeekAgenda.RECENT_OVERDUE_WEEKS);
        WeekQuery query = store.weekQuery();
        WeekQuery.Capped read = query.entries(recent, today, last, coachId, WeekAgenda.MAX_LINES);
        List<WeekEntry> entries = new ArrayList<>(read.entries());
        int older = withOlder ? 0 : query.overdueBetween(oldest, recent, coachId);
        ReportScope scope = coachId == null ? ReportScope.all() : ReportScope.own(coachId.toString());
        for (WorkItem item : store.read(dsl -> WorkList.compute(dsl, clock, scope)).items()) {
            if (item.due().isBefore(recent)) {
                older++;
            } else if (!item.due().isAfter(last)) {
                entries.add(WeekAgenda.deadline(item));
            }
        }
        List<WeekEntry> todays = new ArrayList<>();
        List<WeekEntry> rest = new ArrayList<>();
        for (WeekEntry e : entries) {
            (e.date().isAfter(today) ? rest : todays).add(e);
        }
        Comparator<WeekEntry> order = WeekAgenda.order(today);
        todays.sort(order);
        rest.sort(order);
        int max = WeekAgenda.MAX_LINES;
        boolean notShown = read.more() || todays.size() > max || rest.size() > max;
        List<WeekEntry> shownToday = todays.subList(0, Math.min(max, todays.size()));
        List<WeekEntry> shownRest = rest.subList(0, Math.min(max, rest.size()));
        Set<UUID> who = new java.util.HashSet<>();
        shownToday.forEach(e -> who.add(e.candidateId()));
        shownRest.forEach(e -> who.add(e.candidateId()));
        Map<UUID, WeekQuery.Named> names = query.names(who);
        return new WeekAgenda.Week(today, last, lines(shownToday, names, query, today),
                lines(shownRest, names, query, today), notShown, older, withOlder);
    }

    private static List<WeekAgenda.Line> lines(List<WeekEntry> entries, Map<UUID, WeekQuery.Named> names,
                                               WeekQuery query, LocalDate today) {
        List<WeekAgenda.Line> out = new ArrayList<>();
        for (WeekEntry e : entries) {
            WeekQuery.Named named = names.get(e.candidateId());
            if (named != null) {
                out.add(new WeekAgenda.Line(query.opened(e), named.name(), named.cue(), named.roepnaam(),
                        e.overdue(today)));
            }
        }
        return out;
    }
}
