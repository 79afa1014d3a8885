package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import nl.werkmap.report.JobcoachHourFigures.CoachBudget;
import nl.werkmap.report.JobcoachHourFigures.CoachDays;
import nl.werkmap.report.JobcoachHourFigures.ImplausibleDay;
import nl.werkmap.store.repo.SessionMapping;

/**
 * Jobcoach hours in SQL. Granted hours are per half year; for the period they are taken pro rata for the days the
 * placement ran in it (a half year counted as 182.625 days), so a quarter shows about half the half-year budget.
 */
final class JobcoachHourQueries {

    static final double HALF_YEAR_DAYS = 365.25 / 2;

    private final DSLContext dsl;
    private final ScopeFilter scope;
    private final String from;
    private final String to;
    private final String dayAfter;

    JobcoachHourQueries(DSLContext dsl, ScopeFilter scope, ReportPeriod period) {
        this.dsl = dsl;
        this.scope = scope;
        this.from = period.from().toString();
        this.to = period.to().toString();
        this.dayAfter = period.to().plusDays(1).toString();
    }

    private Condition sessionInPeriod() {
        // starts_at is yyyy-MM-ddTHH:mm: compare against whole days.
        // A missed appointment (niet doorgegaan) books no hours, even if some were typed before it fell through.
        return COACHING_SESSION.DELETED.eq(false).and(COACHING_SESSION.STARTS_AT.ge(from))
                .and(COACHING_SESSION.STARTS_AT.lt(dayAfter)).and(SessionMapping.HAPPENED);
    }

    /**
     * Used against granted hours per coach. The placements with a budget are few (about a third): they are worked
     * out first, each with its used hours, and only then matched to their candidate, so SQLite does not walk every
     * candidate looking for placements.
     */
    ResultQuery<? extends Record> budgetQuery() {
        Table<?> used = dsl.select(COACHING_SESSION.PLACEMENT_ID.as("pid"), sum(COACHING_SESSION.HOURS_ACCOUNTED).as("used"))
                .from(COACHING_SESSION)
                .where(sessionInPeriod()).and(COACHING_SESSION.PLACEMENT_ID.isNotNull())
                .groupBy(COACHING_SESSION.PLACEMENT_ID).asTable("u");
        Field<String> runFrom = field("max({0}, {1})", SQLDataType.VARCHAR, PLACEMENT.START_DATE, val(from));
        Field<String> runTo = field("min({0}, {1})", SQLDataType.VARCHAR, coalesce(PLACEMENT.ACTUAL_END, val(to)), val(to));
        Field<Double> days = field("(julianday({0}) - julianday({1}) + 1)", SQLDataType.DOUBLE, runTo, runFrom);
        Field<Double> granted = PLACEMENT.HOURS_GRANTED_HALF_YEAR.times(days).divide(inline(HALF_YEAR_DAYS));
        CommonTableExpression<?> budgets = name("b").fields("candidate_id", "used", "granted").asMaterialized(
                dsl.select(PLACEMENT.CANDIDATE_ID, coalesce(used.field("used", Double.class), inline(0.0)), granted)
                        .from(PLACEMENT).leftJoin(used).on(used.field("pid", String.class).eq(PLACEMENT.ID))
                        .where(PLACEMENT.DELETED.eq(false)).and(PLACEMENT.HOURS_GRANTED_HALF_YEAR.isNotNull())
                        .and(PLACEMENT.START_DATE.le(to))
                        .and(PLACEMENT.ACTUAL_END.isNull().or(PLACEMENT.ACTUAL_END.ge(from))));
        Field<Double> usedHours = budgets.field("used", Double.class);
        Field<Double> grantedHours = budgets.field("granted", Double.class);
        // A cross join keeps the budgets as the outer loop (each looks up its candidate by id); SQLite otherwise
        // walked all candidates and built an index on the budgets to find theirs. Grouped on the coach id alone;
        // the name is looked up once per coach afterwards.
        Table<?> g = dsl.select(CANDIDATE.COACH_ID, count().as("n"), sum(usedHours).as("used"),
                        sum(grantedHours).as("granted"),
                        sum(when(usedHours.gt(grantedHours), inline(1)).otherwise(inline(0))).as("over"))
                .from(budgets.crossJoin(CANDIDATE))
                .where(CANDIDATE.ID.eq(budgets.field("candidate_id", String.class)))
                .and(CANDIDATE.DELETED.eq(false)).and(scope.on(CANDIDATE.COACH_ID))
                .groupBy(CANDIDATE.COACH_ID).asTable("g");
        Field<String> coachId = g.field("coach_id", String.class);
        return dsl.with(budgets)
                .select(coachId, COACH.NAME, g.field("n"), g.field("used"), g.field("granted"), g.field("over"))
                .from(g).leftJoin(COACH).on(COACH.ID.eq(coachId));
    }

    List<CoachBudget> perCoach() {
        List<CoachBudget> rows = new ArrayList<>();
        for (Record r : budgetQuery().fetch()) {
            String id = r.get("coach_id", String.class);
            rows.add(new CoachBudget(id == null ? Codes.NO_COACH : id, CaseloadQueries.coachName(r.get(COACH.NAME), id),
                    BanenQueries.longOf(r, "n"), r.get("used", Double.class), r.get("granted", Double.class),
                    BanenQueries.longOf(r, "over")));
        }
        rows.sort(Comparator.comparing(CoachBudget::coachName, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /**
     * Hours per coach per day. Tombstoned candidates are few: their ids are gathered once, instead of looking up the
     * candidate of every session; coach names are added per day, not per session.
     */
    ResultQuery<? extends Record> perDayQuery() {
        Field<String> day = field("substr({0}, 1, 10)", SQLDataType.VARCHAR, COACHING_SESSION.STARTS_AT).as("day");
        Table<?> d = dsl.select(COACHING_SESSION.COACH_ID, day, sum(COACHING_SESSION.HOURS_ACCOUNTED).as("hours"))
                .from(COACHING_SESSION)
                .where(sessionInPeriod()).and(scope.on(COACHING_SESSION.COACH_ID))
                .and(COACHING_SESSION.CANDIDATE_ID.notIn(select(CANDIDATE.ID).from(CANDIDATE).where(CANDIDATE.DELETED.eq(true))))
                .groupBy(COACHING_SESSION.COACH_ID, field(name("day")))
                .having(sum(COACHING_SESSION.HOURS_ACCOUNTED).gt(java.math.BigDecimal.ZERO))
                .asTable("d");
        Field<String> coachId = d.field("coach_id", String.class);
        return dsl.select(coachId, COACH.NAME, d.field("day", String.class), d.field("hours", Double.class))
                .from(d).leftJoin(COACH).on(COACH.ID.eq(coachId));
    }

    JobcoachHourFigures compute() {
        Map<String, double[]> perCoach = new LinkedHashMap<>(); // days, hours, implausible
        Map<String, String> names = new LinkedHashMap<>();
        List<ImplausibleDay> implausible = new ArrayList<>();
        // One row per coach and day: tens of thousands on a large caseload, so read straight from JDBC.
        PlainRows.each(dsl, perDayQuery(), rs -> {
            String id = rs.getString(1);
            String key = id == null ? Codes.NO_COACH : id;
            String coachName = CaseloadQueries.coachName(rs.getString(2), id);
            names.put(key, coachName);
            double hours = rs.getDouble(4);
            double[] acc = perCoach.computeIfAbsent(key, k -> new double[3]);
            acc[0]++;
            acc[1] += hours;
            if (hours > JobcoachHourFigures.IMPLAUSIBLE_HOURS_PER_DAY) {
                acc[2]++;
                implausible.add(new ImplausibleDay(coachName, LocalDate.parse(rs.getString(3)), hours));
            }
        });
        List<CoachDays> days = new ArrayList<>();
        perCoach.forEach((id, acc) -> days.add(new CoachDays(id, names.get(id), (long) acc[0], acc[1], (long) acc[2])));
        days.sort(Comparator.comparing(CoachDays::coachName, String.CASE_INSENSITIVE_ORDER));
        implausible.sort(Comparator.comparing(ImplausibleDay::coachName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ImplausibleDay::day));
        return new JobcoachHourFigures(perCoach(), days, implausible);
    }

    List<ResultQuery<? extends Record>> queries() {
        return List.of(budgetQuery(), perDayQuery());
    }
}
