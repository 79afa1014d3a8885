package nl.werkmap.ui.agenda;

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

import nl.werkmap.report.ReportScope;
import nl.werkmap.report.WeekDeadlines;
import nl.werkmap.report.WorkItem;
import nl.werkmap.report.WorkList;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.week.WeekEntry;
import nl.werkmap.store.week.WeekQuery;

/**
 * A coach's day and week (read on a background worker; it joins the store's week query with the report's werklijst,
 * which only the UI may combine): appointments, agreed actions, school leaving dates (from {@link WeekQuery}) and the
 * deadlines of running placements (end of a proefplaatsing, halfjaarrapportage, loonwaarde: the werklijst's own
 * rules, so the agenda and the werklijst never disagree). Overdue items come first on "Vandaag": those of the last
 * {@link #RECENT_OVERDUE_WEEKS} weeks listed, older ones counted (listed on request); anything overdue for more than
 * a year is left to the werklijst's clean-up count, as there.
 */
public final class WeekAgenda {

    /** How far back unfinished actions, appointments and deadlines are still overdue here at all. */
    static final int OVERDUE_MONTHS = WorkList.OVERDUE_WINDOW_MONTHS;

    /**
     * "Vandaag" lists what fell due in the last eight weeks: that is what a coach still acts on this week. Anything
     * older (up to {@link #OVERDUE_MONTHS} months) is one count line ("12 oudere achterstallige punten") that opens
     * them on request, so a year of backlog never pushes today's appointments off the screen.
     */
    static final int RECENT_OVERDUE_WEEKS = 8;

    /** One line with the name it is about. */
    public record Line(WeekEntry entry, String name, String cue, String roepnaam, boolean overdue) {
    }

    /**
     * Today's lines (overdue first), and the rest of the week's.
     *
     * @param notShown     true if lines were left off because a list reached {@link #MAX_LINES} (only with "Alle
     *                     kandidaten" on a large caseload)
     * @param olderOverdue how many overdue items older than {@link #RECENT_OVERDUE_WEEKS} weeks are not listed (0
     *                     when they are listed, {@code olderShown})
     */
    public record Week(LocalDate today, LocalDate lastDay, List<Line> todayLines, List<Line> rest, boolean notShown,
                       int olderOverdue, boolean olderShown) {

        public Week(LocalDate today, LocalDate lastDay, List<Line> todayLines, List<Line> rest, boolean notShown) {
            this(today, lastDay, todayLines, rest, notShown, 0, false);
        }
    }

    /**
     * At most this many lines per list. A coach's own week is far below it; "Alle kandidaten" on a municipality's
     * whole caseload is not, and thousands of lines are no agenda: the werklijst is the place for those. Capping
     * before names are opened keeps the cost to what is shown.
     */
    public static final int MAX_LINES = 300;

    private final Clock clock;
    private final DeadlineCache deadlines;

    /** Reads the werklijst's deadlines at every load. */
    public WeekAgenda(Clock clock) {
        this(clock, DeadlineCache.none());
    }

    /** A week view that keeps the werklijst's deadlines between its loads while nothing is written (as the screen). */
    public static WeekAgenda keepingDeadlines(Clock clock) {
        return new WeekAgenda(clock, new DeadlineCache());
    }

    /** Keeps the werklijst's deadlines in {@code deadlines} between loads while nothing is written. */
    WeekAgenda(Clock clock, DeadlineCache deadlines) {
        this.clock = clock;
        this.deadlines = deadlines;
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
        return load(store, coachId, false);
    }

    /**
     * As {@link #load(CaseloadStore, UUID)}; with {@code withOlder} the overdue items older than
     * {@link #RECENT_OVERDUE_WEEKS} weeks are listed too instead of counted. The lists and the count in one call:
     * {@link #lists} and then {@link #counted}.
     */
    public Week load(CaseloadStore store, UUID coachId, boolean withOlder) {
        Shown shown = lists(store, coachId, withOlder);
        return shown.counted() ? shown.week() : counted(store, coachId, shown);
    }

    /**
     * The week's lists as {@link #load(CaseloadStore, UUID, boolean)} gives them, without counting the older
     * overdue items yet ({@link Shown#counted()} false unless {@code withOlder}): the screen shows the lists first
     * and the count line after ({@link #counted}), as the count is a read of twelve months on its own.
     */
    public Shown lists(CaseloadStore store, UUID coachId, boolean withOlder) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = lastDayOf(today);
        LocalDate oldest = today.minusMonths(OVERDUE_MONTHS);
        LocalDate recent = withOlder ? oldest : today.minusWeeks(RECENT_OVERDUE_WEEKS);
        WeekQuery query = store.weekQuery();
        WeekQuery.Capped read = query.entries(recent, today, last, coachId, MAX_LINES);
        List<WeekEntry> entries = new ArrayList<>(read.entries());
        ReportScope scope = coachId == null ? ReportScope.all() : ReportScope.own(coachId.toString());
        // Only the werklijst's items of the listed weeks are made; the earlier ones of its window are counted.
        WeekDeadlines work = deadlines.read(store, coachId, today, recent,
                () -> WorkList.week(store::read, clock, scope, recent, last));
        for (WorkItem item : work.items()) {
            entries.add(deadline(item));
        }
        List<WeekEntry> todays = new ArrayList<>();
        List<WeekEntry> rest = new ArrayList<>();
        for (WeekEntry e : entries) {
            (e.date().isAfter(today) ? rest : todays).add(e);
        }
        Comparator<WeekEntry> order = order(today);
        todays.sort(order);
        rest.sort(order);
        boolean notShown = read.more() || todays.size() > MAX_LINES || rest.size() > MAX_LINES;
        List<WeekEntry> shownToday = todays.subList(0, Math.min(MAX_LINES, todays.size()));
        List<WeekEntry> shownRest = rest.subList(0, Math.min(MAX_LINES, rest.size()));
        Set<UUID> who = new java.util.HashSet<>();
        shownToday.forEach(e -> who.add(e.candidateId()));
        shownRest.forEach(e -> who.add(e.candidateId()));
        Map<UUID, WeekQuery.Named> names = query.names(who);
        Week week = new Week(today, last, lines(shownToday, names, query, today), lines(shownRest, names, query, today),
                notShown, 0, withOlder);
        return new Shown(week, work.dueBefore(), oldest, recent);
    }

    /**
     * The week of {@code shown} with its older overdue items counted: the open actions and gepland appointments
     * that fell due in the months before the listed weeks, and the werklijst's deadlines of those months (counted in
     * the reading of the werklijst the lists were made from, so lists and count come from one reading of it).
     */
    public Week counted(CaseloadStore store, UUID coachId, Shown shown) {
        Week week = shown.week();
        if (shown.counted()) {
            return week;
        }
        int older = store.weekQuery().overdueBetween(shown.oldest(), shown.recent(), coachId)
                + shown.deadlinesBefore();
        return new Week(week.today(), week.lastDay(), week.todayLines(), week.rest(), week.notShown(), older, false);
    }

    /**
     * The lists of a week before its older overdue items are counted.
     *
     * @param week            the lists; its {@code olderOverdue} is 0 until {@link #counted} filled it
     * @param deadlinesBefore the werklijst's deadlines that fell due from {@code oldest} up to {@code recent}, counted
     *                        in the same reading of the werklijst the lists were made from
     * @param oldest          the first day still overdue at all
     * @param recent          the first day listed; what fell due from {@code oldest} up to this day is counted
     */
    public record Shown(Week week, int deadlinesBefore, LocalDate oldest, LocalDate recent) {

        /** True when there is nothing left to count: the older items are listed ("olderShown"). */
        public boolean counted() {
            return week.olderShown();
        }
    }

    private static List<Line> lines(List<WeekEntry> entries, Map<UUID, WeekQuery.Named> names, WeekQuery query,
                                    LocalDate today) {
        List<Line> out = new ArrayList<>(entries.size());
        for (WeekEntry e : entries) {
            WeekQuery.Named named = names.get(e.candidateId());
            if (named != null) {
                out.add(new Line(query.opened(e), named.name(), named.cue(), named.roepnaam(), e.overdue(today)));
            }
        }
        return out;
    }

    /** Overdue first (oldest first), then by day; on one day the things due that day before the timed appointments. */
    static Comparator<WeekEntry> order(LocalDate today) {
        return Comparator.comparing((WeekEntry e) -> !e.overdue(today))
                .thenComparing(WeekEntry::date)
                .thenComparing(e -> e.time() == null ? LocalTime.MIN : e.time())
                .thenComparing(WeekEntry::kind)
                .thenComparing(WeekEntry::candidateId);
    }

    static WeekEntry deadline(WorkItem item) {
        WeekEntry.Kind kind = switch (item.kind()) {
            case EINDE_PROEFPLAATSING -> WeekEntry.Kind.EINDE_PROEFPLAATSING;
            case HALFJAARRAPPORTAGE -> WeekEntry.Kind.HALFJAARRAPPORTAGE;
            case LOONWAARDEMETING -> WeekEntry.Kind.LOONWAARDEMETING;
            // The jobcoach deadlines (and any kind the werklijst learns later) show as a deadline named by its kind.
            default -> WeekEntry.Kind.TERMIJN;
        };
        String which = kind == WeekEntry.Kind.TERMIJN ? item.kind().name() : null;
        return new WeekEntry(kind, item.due(), null, UUID.fromString(item.candidateId()),
                item.placementId() == null ? null : UUID.fromString(item.placementId()), 0, null, null, null, which);
    }
}
