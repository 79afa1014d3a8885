package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.EMPLOYER;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.SQLDataType;

import nl.werkmap.domain.rules.WerkmapRules;
import nl.werkmap.store.jooq.tables.Placement;

/**
 * Afspraakbanen in SQL. A job counts when the domain's banen rule ({@link nl.werkmap.domain.rules.Banen}) counts its
 * type (dienstverband, detachering, uitzend) and the person is listed in the doelgroepregister on the day that matters
 * (status JA, after the register start, until 31 December two years after leaving the doelgroep). For detachering and uitzend the placement's employer is the inlener
 * (where the person actually works), so the market/government split follows the inlener, as the rules ask.
 * Proefplaatsingen, beschut werk, leerwerkplekken and vrijwilligerswerk are not banen.
 */
final class BanenQueries {

    private static final Placement Q = PLACEMENT.as("q");
    /** A proefplaatsing "became a contract" when a counting job for the same person started within this many days. */
    static final int CONTRACT_AFTER_PROEF_DAYS = 31;

    private final DSLContext dsl;
    private final ScopeFilter scope;
    private final String from;
    private final String to;
    private final String peildatum;
    private final String today;

    BanenQueries(DSLContext dsl, ScopeFilter scope, ReportPeriod period, LocalDate peildatum, LocalDate today) {
        this.dsl = dsl;
        this.scope = scope;
        this.from = period.from().toString();
        this.to = period.to().toString();
        this.peildatum = peildatum.toString();
        this.today = today.toString();
    }

    private Condition base() {
        return PLACEMENT.DELETED.eq(false).and(CANDIDATE.DELETED.eq(false)).and(scope.on(CANDIDATE.COACH_ID));
    }

    private static Condition inRegisterOn(Field<String> day) {
        return CANDIDATE.REGISTER_STATUS.eq(Codes.REGISTER_JA)
                .and(CANDIDATE.REGISTER_START.isNull().or(CANDIDATE.REGISTER_START.le(day)))
                .and(CANDIDATE.REGISTER_END.isNull().or(listedUntil(CANDIDATE.REGISTER_END).ge(day)));
    }

    /** Someone who left the doelgroep stays listed until 31 December, {@link WerkmapRules#REGISTER_AFTER_EFFECT_YEARS} years on. */
    private static Field<String> listedUntil(Field<String> leftOn) {
        return field("((cast(substr({0}, 1, 4) as integer) + {1}) || '-12-31')", SQLDataType.VARCHAR, leftOn,
                inline(WerkmapRules.REGISTER_AFTER_EFFECT_YEARS));
    }

    private static Condition counting(Placement p) {
        return p.TYPE.in(Codes.BANEN_TYPES);
    }

    static Condition activeOn(Placement p, Field<String> day) {
        return p.START_DATE.le(day).and(p.ACTUAL_END.isNull().or(p.ACTUAL_END.ge(day)));
    }

    ResultQuery<? extends Record> peildatumQuery() {
        return dsl.select(PLACEMENT.TYPE, EMPLOYER.SECTOR, count().as("n"), sum(PLACEMENT.HOURS_PER_WEEK).as("hours"))
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .join(EMPLOYER).on(EMPLOYER.ID.eq(PLACEMENT.EMPLOYER_ID))
                .where(base()).and(counting(PLACEMENT)).and(activeOn(PLACEMENT, val(peildatum)))
                .and(inRegisterOn(val(peildatum)))
                .groupBy(PLACEMENT.TYPE, EMPLOYER.SECTOR);
    }

    ResultQuery<? extends Record> personsQuery() {
        Field<Integer> inRegister = when(inRegisterOn(val(peildatum)), inline(1)).otherwise(inline(0));
        return dsl.select(inRegister.as("in_register"), countDistinct(PLACEMENT.CANDIDATE_ID).as("n"))
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(base()).and(counting(PLACEMENT)).and(activeOn(PLACEMENT, val(peildatum)))
                .groupBy(inRegister);
    }

    ResultQuery<? extends Record> flowQuery(Field<String> day) {
        return dsl.select(count().as("n"), countDistinct(PLACEMENT.CANDIDATE_ID).as("persons"),
                        sum(PLACEMENT.HOURS_PER_WEEK).as("hours"))
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(base()).and(counting(PLACEMENT)).and(day.between(from, to)).and(inRegisterOn(day));
    }

    ResultQuery<? extends Record> retentionQuery(int months) {
        Field<String> then = field("date({0}, {1})", SQLDataType.VARCHAR, PLACEMENT.START_DATE, inline("+" + months + " months"));
        Condition stillPlaced = org.jooq.impl.DSL.exists(selectOne().from(Q)
                .where(Q.CANDIDATE_ID.eq(PLACEMENT.CANDIDATE_ID)).and(Q.DELETED.eq(false))
                .and(counting(Q)).and(activeOn(Q, then)));
        Condition measurable = then.le(today);
        return dsl.select(count().as("n"),
                        sum(when(measurable, inline(1)).otherwise(inline(0))).as("measurable"),
                        sum(when(measurable.and(stillPlaced), inline(1)).otherwise(inline(0))).as("still"))
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(base()).and(counting(PLACEMENT)).and(PLACEMENT.START_DATE.between(from, to))
                .and(inRegisterOn(PLACEMENT.START_DATE));
    }

    ResultQuery<? extends Record> proefQuery() {
        Field<String> graceEnd = field("date({0}, {1})", SQLDataType.VARCHAR, PLACEMENT.ACTUAL_END,
                inline("+" + CONTRACT_AFTER_PROEF_DAYS + " days"));
        Condition contractFollowed = org.jooq.impl.DSL.exists(selectOne().from(Q)
                .where(Q.CANDIDATE_ID.eq(PLACEMENT.CANDIDATE_ID)).and(Q.DELETED.eq(false)).and(counting(Q))
                .and(Q.ID.ne(PLACEMENT.ID)).and(Q.START_DATE.between(PLACEMENT.START_DATE, graceEnd)));
        Condition toContract = PLACEMENT.END_REASON.eq(Codes.OVERGEGAAN_IN_CONTRACT).or(contractFollowed);
        return dsl.select(count().as("n"), sum(when(toContract, inline(1)).otherwise(inline(0))).as("contract"))
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(base()).and(PLACEMENT.TYPE.eq(Codes.PROEFPLAATSING)).and(PLACEMENT.ACTUAL_END.between(from, to));
    }

    BanenFigures compute(LocalDate peil) {
        CrossTally jobs = CrossTally.empty(Codes.BANEN_TYPES, Codes.SECTORS);
        double[][] hours = new double[Codes.BANEN_TYPES.size()][Codes.SECTORS.size()];
        for (Record r : peildatumQuery().fetch()) {
            int row = Codes.BANEN_TYPES.indexOf(r.get(PLACEMENT.TYPE));
            int col = CaseloadQueries.indexOr(Codes.SECTORS, r.get(EMPLOYER.SECTOR));
            jobs.counts()[row][col] += r.get("n", Long.class);
            hours[row][col] += r.get("hours", Double.class);
        }
        long persons = 0;
        long notInRegister = 0;
        for (Record r : personsQuery().fetch()) {
            if (r.get("in_register", Integer.class) == 1) {
                persons = r.get("n", Long.class);
            } else {
                notInRegister = r.get("n", Long.class);
            }
        }
        Record proef = proefQuery().fetchOne();
        return new BanenFigures(peil, jobs, hours, persons, flow(PLACEMENT.START_DATE), flow(PLACEMENT.ACTUAL_END),
                retention(6), retention(12), longOf(proef, "n"), longOf(proef, "contract"), notInRegister);
    }

    private BanenFigures.Flow flow(Field<String> day) {
        Record r = flowQuery(day).fetchOne();
        Double hours = r.get("hours", Double.class);
        return new BanenFigures.Flow(longOf(r, "n"), longOf(r, "persons"), hours == null ? 0 : hours);
    }

    private BanenFigures.Retention retention(int months) {
        Record r = retentionQuery(months).fetchOne();
        return new BanenFigures.Retention(months, longOf(r, "n"), longOf(r, "measurable"), longOf(r, "still"));
    }

    static long longOf(Record r, String field) {
        Object v = r.get(field);
        if (v == null) {
            return 0;
        }
        return v instanceof BigDecimal ? ((BigDecimal) v).longValue() : ((Number) v).longValue();
    }

    List<ResultQuery<? extends Record>> queries() {
        return List.of(peildatumQuery(), personsQuery(), flowQuery(PLACEMENT.START_DATE),
                flowQuery(PLACEMENT.ACTUAL_END), retentionQuery(6), retentionQuery(12), proefQuery());
    }
}
