package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;

import nl.werkmap.report.CaseloadFigures.CoachCaseload;

/**
 * Caseload figures in SQL. "Active" means on the caseload at the end of the period: registered by then and not
 * uitgestroomd. The current status is used, because the schema keeps no status history.
 */
final class CaseloadQueries {

    static final int DEFAULT_TARGET = 50;

    private final DSLContext dsl;
    private final ScopeFilter scope;
    private final String from;
    private final String to;

    CaseloadQueries(DSLContext dsl, ScopeFilter scope, ReportPeriod period) {
        this.dsl = dsl;
        this.scope = scope;
        this.from = period.from().toString();
        this.to = period.to().toString();
    }

    /** Candidates of the scope that are not tombstoned. */
    Condition inScope() {
        return CANDIDATE.DELETED.eq(false).and(scope.on(CANDIDATE.COACH_ID));
    }

    /** Whether the scope is every candidate on this device. */
    boolean everyone() {
        return scope.everyone();
    }

    Condition active() {
        return CANDIDATE.REGISTERED_ON.le(to).and(CANDIDATE.STATUS.ne(Codes.UITGESTROOMD));
    }

    private Condition outflowInPeriod() {
        return CANDIDATE.STATUS.eq(Codes.UITGESTROOMD).and(CANDIDATE.STATUS_SINCE.between(from, to));
    }

    ResultQuery<? extends Record> perCoachQuery() {
        Field<BigDecimal> active = sum(when(active(), inline(1)).otherwise(inline(0))).as("active");
        Field<BigDecimal> intakes = sum(when(CANDIDATE.REGISTERED_ON.between(from, to), inline(1)).otherwise(inline(0))).as("intakes");
        Field<BigDecimal> outflow = sum(when(outflowInPeriod(), inline(1)).otherwise(inline(0))).as("outflow");
        // Grouped on the coach id alone, which candidate_report is ordered by, so no sort; the coach's name and
        // target are looked up once per group afterwards, not per candidate.
        Table<?> g = dsl.select(CANDIDATE.COACH_ID, active, intakes, outflow)
                .from(CANDIDATE).where(inScope())
                .groupBy(CANDIDATE.COACH_ID).asTable("g");
        Field<String> coachId = g.field(CANDIDATE.COACH_ID);
        return dsl.select(coachId, COACH.NAME, COACH.CASELOAD_TARGET, g.field(active), g.field(intakes), g.field(outflow))
                .from(g).leftJoin(COACH).on(COACH.ID.eq(coachId));
    }

    List<CoachCaseload> perCoach() {
        List<CoachCaseload> rows = new ArrayList<>();
        for (Record r : perCoachQuery().fetch()) {
            String id = r.get("coach_id", String.class);
            Integer target = r.get(COACH.CASELOAD_TARGET);
            rows.add(new CoachCaseload(id == null ? Codes.NO_COACH : id, coachName(r.get(COACH.NAME), id),
                    r.get("active", Long.class), target == null ? DEFAULT_TARGET : target,
                    r.get("intakes", Long.class), r.get("outflow", Long.class)));
        }
        rows.sort(Comparator.comparing(CoachCaseload::coachName, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    static String coachName(String name, String id) {
        if (id == null) {
            return "Zonder coach";
        }
        return name == null ? "Onbekende coach" : name;
    }

    ResultQuery<? extends Record> byStatusQuery() {
        // Everyone on the caseload during the period: registered by its end, not gone before its start.
        Condition during = CANDIDATE.REGISTERED_ON.le(to).and(CANDIDATE.STATUS.ne(Codes.UITGESTROOMD)
                .or(CANDIDATE.STATUS_SINCE.ge(from)));
        return dsl.select(CANDIDATE.STATUS, count().as("n")).from(CANDIDATE)
                .where(inScope()).and(during).groupBy(CANDIDATE.STATUS);
    }

    CrossTally byStatus() {
        return tally(byStatusQuery().fetch(), CANDIDATE.STATUS, Codes.STATUSES);
    }

    ResultQuery<? extends Record> registerQuery() {
        Field<String> grondslag = coalesce(CANDIDATE.GRONDSLAG, inline(Codes.UNKNOWN)).as("grondslag");
        return dsl.select(CANDIDATE.REGISTER_STATUS, grondslag, count().as("n")).from(CANDIDATE)
                .where(inScope()).and(active()).groupBy(CANDIDATE.REGISTER_STATUS, grondslag);
    }

    CrossTally registerByGrondslag() {
        CrossTally t = CrossTally.empty(Codes.REGISTER_STATUSES, Codes.GRONDSLAGEN);
        for (Record r : registerQuery().fetch()) {
            int row = indexOr(Codes.REGISTER_STATUSES, r.get(CANDIDATE.REGISTER_STATUS));
            int col = indexOr(Codes.GRONDSLAGEN, r.get("grondslag", String.class));
            t.counts()[row][col] += r.get("n", Long.class);
        }
        return t;
    }

    ResultQuery<? extends Record> outflowQuery() {
        Field<String> destination = coalesce(CANDIDATE.OUTFLOW_DESTINATION, inline(Codes.UNKNOWN)).as("destination");
        return dsl.select(destination, count().as("n")).from(CANDIDATE)
                .where(inScope()).and(outflowInPeriod()).groupBy(destination);
    }

    CrossTally outflowByDestination() {
        return tally(outflowQuery().fetch(), DSLField.named("destination"), Codes.OUTFLOW);
    }

    List<ResultQuery<? extends Record>> queries() {
        return List.of(perCoachQuery(), byStatusQuery(), registerQuery(), outflowQuery());
    }

    /** A one-column tally in the order of {@code keys}; an unexpected code lands on the last key (unknown). */
    static CrossTally tally(Iterable<? extends Record> rows, Field<String> key, List<String> keys) {
        CrossTally t = CrossTally.empty(keys, List.of("n"));
        for (Record r : rows) {
            t.counts()[indexOr(keys, r.get(key.getName(), String.class))][0] += r.get("n", Long.class);
        }
        return t;
    }

    static int indexOr(List<String> keys, String key) {
        int i = keys.indexOf(key);
        return i >= 0 ? i : keys.size() - 1;
    }
}
