package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The logged jobcoach hours for the organisation's administration: per coach who did them, client, day and
 * activity, with travel apart (never coaching) and who pays (the placement's financier). One grouped query over
 * plain columns; the coach is the session's author, not the candidate's own coach. Sessions without hours (planned
 * appointments) are left out.
 */
public final class HoursLines {

    /** One line: a coach's hours with one client on one day on one activity. */
    public record Line(LocalDate day, String coachName, String candidateId, String financier, String activity,
                       double hours, long travelMinutes, int sessions) {
    }

    private HoursLines() {
    }

    public static List<Line> compute(DSLContext dsl, ReportPeriod period, ReportScope scope) {
        Field<String> day = DSL.substring(COACHING_SESSION.STARTS_AT, 1, 10);
        Field<Double> hours = DSL.sum(COACHING_SESSION.HOURS_ACCOUNTED).cast(Double.class);
        Field<Long> travel = DSL.sum(COACHING_SESSION.TRAVEL_MINUTES).cast(Long.class);
        Field<Integer> count = DSL.count();
        return dsl.select(day, COACH.NAME, COACHING_SESSION.CANDIDATE_ID, PLACEMENT.JOBCOACH_TYPE,
                        COACHING_SESSION.ACTIVITY, hours, travel, count)
                .from(COACHING_SESSION)
                .leftJoin(COACH).on(COACH.ID.eq(COACHING_SESSION.COACH_ID))
                .leftJoin(PLACEMENT).on(PLACEMENT.ID.eq(COACHING_SESSION.PLACEMENT_ID))
                .where(COACHING_SESSION.DELETED.isFalse()).and(nl.werkmap.store.repo.SessionMapping.HAPPENED)
                .and(COACHING_SESSION.HOURS_ACCOUNTED.gt(0.0))
                .and(COACHING_SESSION.STARTS_AT.ge(period.from().toString()))
                .and(COACHING_SESSION.STARTS_AT.lt(period.to().plusDays(1).toString()))
                .and(new ScopeFilter(scope).on(COACHING_SESSION.COACH_ID))
                .groupBy(day, COACH.NAME, COACHING_SESSION.CANDIDATE_ID, PLACEMENT.JOBCOACH_TYPE,
                        COACHING_SESSION.ACTIVITY)
                .orderBy(day, COACH.NAME, COACHING_SESSION.CANDIDATE_ID, COACHING_SESSION.ACTIVITY)
                .fetch(r -> new Line(LocalDate.parse(r.get(day)), r.get(COACH.NAME),
                        r.get(COACHING_SESSION.CANDIDATE_ID), r.get(PLACEMENT.JOBCOACH_TYPE),
                        r.get(COACHING_SESSION.ACTIVITY), r.get(hours) == null ? 0 : r.get(hours),
                        r.get(travel) == null ? 0 : r.get(travel), r.get(count)));
    }
}
