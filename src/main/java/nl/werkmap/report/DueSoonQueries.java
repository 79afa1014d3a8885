package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

import nl.werkmap.domain.rules.JobcoachRules;
import nl.werkmap.domain.rules.WerkmapRules;
import nl.werkmap.store.caseload.IsoDay;

/**
 * What falls due in the next {@value #DAYS} days, and what is already overdue, on running placements:
 * halfjaarrapportages for jobcoach placements (every six months from the start), ends of proefplaatsingen (the
 * planned end, else two months after the start, the normal length) and loonwaarde re-measurements (on the next
 * date the latest measurement gave, else {@link WerkmapRules#LOONWAARDE_REMEASURE_MONTHS} months after it; the
 * placement row carries that latest measurement's dates, written with the measurement).
 *
 * <p>What a team lead wants from this list, and so what it holds:
 * <ul>
 *   <li>Only placements running today (no actual end, or one from today on), of candidates who have not left
 *       (uitgestroomd): an ended placement has nothing left to do.</li>
 *   <li>One item per placement and kind: the next halfjaarrapportage, the one end of a proefplaatsing, the one
 *       re-measurement after the latest recorded loonwaarde.</li>
 *   <li>Overdue ("achterstallig") items come first, oldest first, then what is due in the next {@value #DAYS}
 *       days, earliest first.</li>
 *   <li>Overdue for more than {@value #OVERDUE_WINDOW_MONTHS} months is not listed but counted ({@link
 *       WorkList#olderOverdue()}): a loonwaarde measured years ago on a job that still runs, or a proefplaatsing
 *       that "ended" a year ago, is nearly always a record nobody updated, not work for this month. Listing them
 *       buried this month's work under hundreds of old lines; the count still tells the lead the records need
 *       a clean-up. The summary counts the same listed items, so screen and report agree.</li>
 * </ul>
 */
final class DueSoonQueries {

    static final int DAYS = 30;
    /** Overdue items older than this are counted, not listed (see the class comment). */
    static final int OVERDUE_WINDOW_MONTHS = 12;
    static final int PROEF_NORMAL_MONTHS = WerkmapRules.PROEFPLAATSING_NORMAL_MONTHS;
    static final int LOONWAARDE_INTERVAL_MONTHS = WerkmapRules.LOONWAARDE_REMEASURE_MONTHS;

    private final DSLContext dsl;
    private final CaseloadQueries caseload;
    private final LocalDate today;

    DueSoonQueries(DSLContext dsl, CaseloadQueries caseload, LocalDate today) {
        this.dsl = dsl;
        this.caseload = caseload;
        this.today = today;
    }

    ResultQuery<? extends Record> query() {
        // The coach's name comes from CoachNames, read once, not from a join on every row. The type and the jobcoach
        // type are only tested, so SQL tests them, as the two bits of one number: one column read instead of two
        // texts made per row (issue 13).
        Field<Integer> tests = when(PLACEMENT.TYPE.eq(Codes.PROEFPLAATSING), inline(PROEF)).otherwise(inline(0))
                .plus(when(PLACEMENT.JOBCOACH_TYPE.isNotNull(), inline(JOBCOACH)).otherwise(inline(0)));
        // The type and actual end are read for the order only (ScanOrder), of a placement with an item listed.
        return dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, CANDIDATE.COACH_ID, tests.as("tests"),
                        PLACEMENT.START_DATE, PLACEMENT.PLANNED_END, PLACEMENT.LOONWAARDE_MEASURED_ON,
                        PLACEMENT.LOONWAARDE_NEXT_ON, PLACEMENT.TYPE, PLACEMENT.ACTUAL_END)
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(running());
    }

    /** {@link #query()}'s tests: a proefplaatsing; a jobcoach placement. */
    private static final int PROEF = 1;
    private static final int JOBCOACH = 2;

    private Condition running() {
        // "deleted = 0" and "(the three kinds) = 1", as they stand here, are placement_werklijst_dates' WHERE (V49):
        // SQLite reads that index only for a query that says both. The kinds' OR is compared with 1 (it is 0 or 1,
        // never NULL: type is NOT NULL) so that it is one term only this half says: as a plain OR, any read of live
        // jobcoach placements (the werklijst's other half), proefplaatsingen or loonwaarden would imply it, and
        // SQLite took this index for the jobcoach half instead of its own.
        Condition kinds = PLACEMENT.JOBCOACH_TYPE.isNotNull().or(PLACEMENT.TYPE.eq(Codes.PROEFPLAATSING))
                .or(PLACEMENT.LOONWAARDE_MEASURED_ON.isNotNull());
        return PLACEMENT.DELETED.eq(false).and(caseload.inScope())
                .and(CANDIDATE.STATUS.ne(Codes.UITGESTROOMD))
                .and(BanenQueries.activeOn(PLACEMENT, val(today.toString())))
                .and(condition("{0} = 1", kinds));
    }

    /**
     * The summary's counts need no names, ids or coach: only what the due dates are worked out from, in the
     * column order {@link #figures()} reads.
     */
    ResultQuery<? extends Record> countQuery() {
        return dsl.select(PLACEMENT.TYPE, PLACEMENT.START_DATE, PLACEMENT.PLANNED_END, PLACEMENT.JOBCOACH_TYPE,
                        PLACEMENT.LOONWAARDE_MEASURED_ON, PLACEMENT.LOONWAARDE_NEXT_ON)
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(running());
    }

    /**
     * Due and overdue per kind: the very items the list holds (same window, older overdue left out), counted
     * without building them; tens of thousands of running placements on a large caseload.
     */
    DueSoonFigures figures() {
        LocalDate horizon = today.plusDays(DAYS);
        LocalDate oldest = today.minusMonths(OVERDUE_WINDOW_MONTHS);
        CrossTally t = tally();
        PlainRows.each(dsl, countQuery(), rs -> dueDates(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4) != null, rs.getString(5), rs.getString(6), (kind, due) -> {
                    if (!due.isAfter(horizon) && !due.isBefore(oldest)) {
                        t.counts()[kind.ordinal()][due.isBefore(today) ? 1 : 0]++;
                    }
                }));
        return new DueSoonFigures(DAYS, t);
    }

    /** The listed items: overdue for at most {@value #OVERDUE_WINDOW_MONTHS} months, or due in {@value #DAYS} days. */
    List<WorkItem> items() {
        return workList().items();
    }

    /**
     * The items, read straight from JDBC in {@link #query()}'s column order: tens of thousands of running placements
     * on a large caseload, where a jOOQ record per row was most of the werklijst's time (and of the week view's).
     */
    WorkList workList() {
        WorkList read = unsortedWorkList();
        return new WorkList(DueOrder.sorted(read.items()), read.olderOverdue());
    }

    /**
     * As {@link #workList()}, the items unsorted, in the order the werklijst always had them before its sort: the
     * order of placement_report_type (type, actual end, start, candidate, id), which SQLite walked before V49. The
     * scan now walks placement_werklijst_dates in candidate order; {@link ScanOrder} puts the placements with an item
     * listed back, so equal items (same day and kind) stay in the order the werklijst showed.
     */
    WorkList unsortedWorkList() {
        return unsortedWorkList(DueRange.werklijst(today));
    }

    /**
     * As {@link #unsortedWorkList()}, only the items {@code listed} makes (the rest of the window it counts or leaves
     * off); the ids and coach are read only for a placement with one of those.
     */
    WorkList unsortedWorkList(DueRange listed) {
        LocalDate oldest = today.minusMonths(OVERDUE_WINDOW_MONTHS);
        List<WorkItem> items = new ArrayList<>();
        ScanOrder order = new ScanOrder();
        int[] older = {0};
        CoachNames coaches = listed.coach() ? CoachNames.read(dsl) : null;
        PlainRows.each(dsl, query(), rs -> {
            int tests = rs.getInt(4);
            boolean proef = (tests & PROEF) != 0;
            // A column is read only where a rule looks at it, and the ids and coach only for a placement with an
            // item listed: at 150,000 candidates a column read costs about as much as the row's step, and most
            // placements list nothing this month (due later, or overdue for longer than the window).
            String start = rs.getString(5);
            String plannedEnd = proef ? rs.getString(6) : null;
            String next = rs.getString(8);
            String measured = next == null ? rs.getString(7) : null;
            String[] ids = new String[3];
            int from = items.size();
            dueDates(proef ? Codes.PROEFPLAATSING : null, start, plannedEnd, (tests & JOBCOACH) != 0,
                    measured, next, (kind, due) -> {
                        if (due.isBefore(oldest)) {
                            older[0]++;
                        } else if (listed.test(due)) {
                            if (ids[0] == null) {
                                ids[0] = column(rs, 1);
                                ids[1] = column(rs, 2);
                                ids[2] = coaches == null ? null : column(rs, 3);
                            }
                            items.add(new WorkItem(kind, due, ids[1], ids[0], ids[2],
                                    coaches == null ? null : coaches.of(ids[2])));
                        }
                    });
            if (items.size() > from) {
                order.add(column(rs, 9), column(rs, 10), start, ids[1], ids[0], from, items.size());
            }
        });
        return new WorkList(order.apply(items), older[0]);
    }

    /** A text column of the row the scan stands on, from within a rule's callback. */
    private static String column(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new DataAccessException("reading the werklijst's placement dates", e);
        }
    }

    /** Hands the next due date of each kind that applies to one placement to {@code due}, in the order of the kinds. */
    private void dueDates(String type, String startDate, String plannedEnd, boolean jobcoach, String measured,
                          String next, BiConsumer<WorkItem.Kind, LocalDate> due) {
        LocalDate start = IsoDay.of(startDate);
        if (jobcoach) {
            due.accept(WorkItem.Kind.HALFJAARRAPPORTAGE, JobcoachRules.nextHalfjaarrapportage(start, today));
        }
        if (Codes.PROEFPLAATSING.equals(type)) {
            due.accept(WorkItem.Kind.EINDE_PROEFPLAATSING,
                    plannedEnd != null ? IsoDay.of(plannedEnd) : start.plusMonths(PROEF_NORMAL_MONTHS));
        }
        if (next != null) {
            due.accept(WorkItem.Kind.LOONWAARDEMETING, IsoDay.of(next));
        } else if (measured != null) {
            due.accept(WorkItem.Kind.LOONWAARDEMETING, IsoDay.of(measured).plusMonths(LOONWAARDE_INTERVAL_MONTHS));
        }
    }

    private static CrossTally tally() {
        List<String> kinds = new ArrayList<>();
        // The summary counts the placement dates it always counted; the jobcoach deadlines are werklijst-only.
        for (WorkItem.Kind k : List.of(WorkItem.Kind.HALFJAARRAPPORTAGE, WorkItem.Kind.EINDE_PROEFPLAATSING,
                WorkItem.Kind.LOONWAARDEMETING)) {
            kinds.add(k.name());
        }
        return CrossTally.empty(kinds, List.of(DueSoonFigures.DUE, DueSoonFigures.OVERDUE));
    }
}
