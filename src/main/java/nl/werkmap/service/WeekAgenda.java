package nl.werkmap.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.werkmap.report.ReportScope;
import nl.werkmap.report.WorkItem;
import nl.werkmap.report.WorkList;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.week.WeekEntry;
import nl.werkmap.store.week.WeekQuery;

/**
 * A coach's day and week: appointments, agreed actions, school leaving dates (from {@link WeekQuery}) and the
 * deadlines of running placements (end of a proefplaatsing, halfjaarrapportage, loonwaarde: the werklijst's own
 * rules, so the agenda and the werklijst never disagree). Overdue items come first on "Vandaag"; anything overdue
 * for more than a year is left to the werklijst's clean-up count, as there.
 */
public final class WeekAgenda {

    /** How far back unfinished actions and deadlines are still shown as overdue. */
    static final int OVERDUE_MONTHS = WorkList.OVERDUE_WINDOW_MONTHS;

    /** One line with the name it is about. */
    public record Line(WeekEntry entry, String name, String cue, String roepnaam, boolean overdue) {
    }

    /** Today's lines (overdue first), and the rest of the week's. */
    public record Week(LocalDate today, LocalDate lastDay, List<Line> todayLines, List<Line> rest) {
    }

    private final Clock clock;

    public WeekAgenda(Clock clock) {
        this.clock = clock;
    }

    /** The last day "Deze week" shows: Sunday; on a Saturday or Sunday the Sunday after, so it is never empty. */
    public static LocalDate lastDayOf(LocalDate today) {
        LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return today.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? sunday.plusWeeks(1) : sunday;
    }

    /**
     * Reads the week for one coach's candidates, or for everyone on this laptop when {@code coachId} is null.
     * Called on a background worker.
     */
    public Week load(CaseloadStore store, UUID coachId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = lastDayOf(today);
        WeekQuery query = store.weekQuery();
        List<WeekEntry> entries = new ArrayList<>(query.entries(today.minusMonths(OVERDUE_MONTHS), today, last,
                coachId));
        ReportScope scope = coachId == null ? ReportScope.all() : ReportScope.own(coachId.toString());
        WorkList work = store.read(dsl -> WorkList.compute(dsl, clock, scope));
        for (WorkItem item : work.items()) {
            if (!item.due().isAfter(last)) {
                entries.add(deadline(item));
            }
        }
        Set<UUID> who = entries.stream().map(WeekEntry::candidateId).collect(Collectors.toSet());
        Map<UUID, WeekQuery.Named> names = query.names(who);
        List<Line> todays = new ArrayList<>();
        List<Line> rest = new ArrayList<>();
        for (WeekEntry e : entries) {
            WeekQuery.Named named = names.get(e.candidateId());
            if (named == null) {
                continue;
            }
            Line line = new Line(e, named.name(), named.cue(), named.roepnaam(), e.overdue(today));
            (e.date().isAfter(today) ? rest : todays).add(line);
        }
        todays.sort(ORDER);
        rest.sort(ORDER);
        return new Week(today, last, todays, rest);
    }

    /** Overdue first (oldest first), then by day; on one day the things due that day before the timed appointments. */
    static final Comparator<Line> ORDER = Comparator.comparing((Line l) -> !l.overdue())
            .thenComparing(l -> l.entry().date())
            .thenComparing(l -> l.entry().time() == null ? LocalTime.MIN : l.entry().time())
            .thenComparing(l -> l.entry().kind())
            .thenComparing(Line::name);

    private static WeekEntry deadline(WorkItem item) {
        WeekEntry.Kind kind = switch (item.kind()) {
            case EINDE_PROEFPLAATSING -> WeekEntry.Kind.EINDE_PROEFPLAATSING;
            case HALFJAARRAPPORTAGE -> WeekEntry.Kind.HALFJAARRAPPORTAGE;
            case LOONWAARDEMETING -> WeekEntry.Kind.LOONWAARDEMETING;
            // A kind the werklijst learns later still shows, as a plain deadline.
            default -> WeekEntry.Kind.TERMIJN;
        };
        return new WeekEntry(kind, item.due(), null, UUID.fromString(item.candidateId()),
                item.placementId() == null ? null : UUID.fromString(item.placementId()), 0, null, null, null, null);
    }
}
