package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;

import nl.werkmap.domain.rules.JobcoachRules;
import nl.werkmap.domain.rules.WerkmapRules;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * What falls due in the next {@value #DAYS} days (and what is already overdue) on running placements:
 * halfjaarrapportages for jobcoach placements (every six months from the start), ends of proefplaatsingen (the
 * planned end, else two months after the start, the normal length) and loonwaarde re-measurements.
 */
final class DueSoonQueries {

    static final int DAYS = 30;
    static final int PROEF_NORMAL_MONTHS = WerkmapRules.PROEFPLAATSING_NORMAL_MONTHS;
    /** Loonwaarde is re-measured periodically; a year is the usual interval for a loonkostensubsidie. */
    static final int LOONWAARDE_INTERVAL_MONTHS = 12;

    private final DSLContext dsl;
    private final CaseloadQueries caseload;
    private final LocalDate today;

    DueSoonQueries(DSLContext dsl, CaseloadQueries caseload, LocalDate today) {
        this.dsl = dsl;
        this.caseload = caseload;
        this.today = today;
    }

    ResultQuery<? extends Record> query() {
        return dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, CANDIDATE.COACH_ID, COACH.NAME, PLACEMENT.TYPE,
                        PLACEMENT.START_DATE, PLACEMENT.PLANNED_END, PLACEMENT.JOBCOACH_TYPE,
                        PLACEMENT.LOONWAARDE_MEASURED_ON)
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .leftJoin(COACH).on(COACH.ID.eq(CANDIDATE.COACH_ID))
                .where(PLACEMENT.DELETED.eq(false)).and(caseload.inScope())
                .and(BanenQueries.activeOn(PLACEMENT, val(today.toString())))
                .and(PLACEMENT.JOBCOACH_TYPE.isNotNull().or(PLACEMENT.TYPE.eq(Codes.PROEFPLAATSING))
                        .or(PLACEMENT.LOONWAARDE_MEASURED_ON.isNotNull()));
    }

    /** Every item due up to {@value #DAYS} days from today, overdue ones included, earliest first. */
    List<WorkItem> items() {
        LocalDate horizon = today.plusDays(DAYS);
        List<WorkItem> items = new ArrayList<>();
        for (Record r : query().fetch()) {
            String coachId = r.get(CANDIDATE.COACH_ID);
            String coachName = CaseloadQueries.coachName(r.get(COACH.NAME), coachId);
            LocalDate start = LocalDate.parse(r.get(PLACEMENT.START_DATE));
            if (r.get(PLACEMENT.JOBCOACH_TYPE) != null) {
                LocalDate due = JobcoachRules.nextHalfjaarrapportage(start, today);
                if (!due.isAfter(horizon)) {
                    items.add(item(WorkItem.Kind.HALFJAARRAPPORTAGE, due, r, coachId, coachName));
                }
            }
            if (Codes.PROEFPLAATSING.equals(r.get(PLACEMENT.TYPE))) {
                String planned = r.get(PLACEMENT.PLANNED_END);
                LocalDate end = planned != null ? LocalDate.parse(planned) : start.plusMonths(PROEF_NORMAL_MONTHS);
                if (!end.isAfter(horizon)) {
                    items.add(item(WorkItem.Kind.EINDE_PROEFPLAATSING, end, r, coachId, coachName));
                }
            }
            String measured = r.get(PLACEMENT.LOONWAARDE_MEASURED_ON);
            if (measured != null) {
                LocalDate due = LocalDate.parse(measured).plusMonths(LOONWAARDE_INTERVAL_MONTHS);
                if (!due.isAfter(horizon)) {
                    items.add(item(WorkItem.Kind.LOONWAARDEMETING, due, r, coachId, coachName));
                }
            }
        }
        items.sort(Comparator.comparing(WorkItem::due).thenComparing(WorkItem::kind));
        return items;
    }

    private static WorkItem item(WorkItem.Kind kind, LocalDate due, Record r, String coachId, String coachName) {
        return new WorkItem(kind, due, r.get(PLACEMENT.CANDIDATE_ID), r.get(PLACEMENT.ID), coachId, coachName);
    }

    DueSoonFigures figures(List<WorkItem> items) {
        List<String> kinds = new ArrayList<>();
        for (WorkItem.Kind k : WorkItem.Kind.values()) {
            kinds.add(k.name());
        }
        CrossTally t = CrossTally.empty(kinds, List.of(DueSoonFigures.DUE, DueSoonFigures.OVERDUE));
        for (WorkItem item : items) {
            t.counts()[item.kind().ordinal()][item.overdue(today) ? 1 : 0]++;
        }
        return new DueSoonFigures(DAYS, t);
    }
}
