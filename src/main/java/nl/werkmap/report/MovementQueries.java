package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.ZRM_MEASUREMENT;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.Table;

import nl.werkmap.report.MovementFigures.ZrmChange;

/**
 * Movement on the Participatieladder and the ZRM, first against last measurement in the period, for people measured
 * at least twice in it. The four ZRM domains about health, addiction and justice are sealed special-category data:
 * a summary never opens sealed fields, so those domains are left out and the report says so.
 */
final class MovementQueries {

    /** The plain ZRM domains, as column names, in the matrix's order. */
    static final List<String> PLAIN_ZRM = List.of("geldzaken", "werk_opleiding", "tijdsbesteding", "relaties_thuis",
            "woning", "zelfzorg", "dagelijkse_activiteiten", "sociaal_netwerk", "inzet_maatschappij");
    static final List<String> SEALED_ZRM = List.of("geestelijke_gezondheid", "lichamelijke_gezondheid", "verslaving",
            "justitie");

    private final DSLContext dsl;
    private final CaseloadQueries caseload;
    private final String from;
    private final String to;

    MovementQueries(DSLContext dsl, CaseloadQueries caseload, ReportPeriod period) {
        this.dsl = dsl;
        this.caseload = caseload;
        this.from = period.from().toString();
        this.to = period.to().toString();
    }

    /**
     * First against last rung of each candidate measured at least twice in the period. The candidates are found
     * in one pass over ladder_report (in candidate order, so grouping needs no sort) and only theirs are then
     * looked up: their scope, and their first and last measurement (earliest date, then lowest id; latest date,
     * then highest id) each by one index search.
     */
    ResultQuery<? extends Record> ladderQuery() {
        var l = LADDER_MEASUREMENT;
        Table<?> twice = dsl.select(l.CANDIDATE_ID.as("cid")).from(l)
                .where(l.DELETED.eq(false)).and(l.MEASURED_ON.between(from, to))
                .groupBy(l.CANDIDATE_ID).having(count().gt(1)).asTable("g");
        Field<String> cid = twice.field("cid", String.class);
        var x = l.as("x");
        var f = l.as("f");
        var t = l.as("t");
        Field<String> firstId = field(select(x.ID).from(x).where(x.CANDIDATE_ID.eq(cid)).and(x.DELETED.eq(false))
                .and(x.MEASURED_ON.between(from, to)).orderBy(x.MEASURED_ON.asc(), x.ID.asc()).limit(inline(1)));
        Field<String> lastId = field(select(x.ID).from(x).where(x.CANDIDATE_ID.eq(cid)).and(x.DELETED.eq(false))
                .and(x.MEASURED_ON.between(from, to)).orderBy(x.MEASURED_ON.desc(), x.ID.desc()).limit(inline(1)));
        Field<Integer> firstRung = f.RUNG.as("first_rung");
        Field<Integer> lastRung = t.RUNG.as("last_rung");
        return dsl.select(firstRung, lastRung, count().as("n"))
                .from(twice).join(CANDIDATE).on(CANDIDATE.ID.eq(cid))
                .join(f).on(f.ID.eq(firstId)).join(t).on(t.ID.eq(lastId))
                .where(caseload.inScope())
                .groupBy(f.RUNG, t.RUNG);
    }

    CrossTally ladder() {
        List<String> rungs = List.of("1", "2", "3", "4", "5", "6");
        CrossTally t = CrossTally.empty(rungs, rungs);
        for (Record r : ladderQuery().fetch()) {
            t.counts()[r.get("first_rung", Integer.class) - 1][r.get("last_rung", Integer.class) - 1] += r.get("n", Long.class);
        }
        return t;
    }

    /** As {@link #ladderQuery}: first against last ZRM measurement of each candidate measured twice or more. */
    ResultQuery<? extends Record> zrmQuery() {
        var z = ZRM_MEASUREMENT;
        Table<?> twice = dsl.select(z.CANDIDATE_ID.as("cid")).from(z)
                .where(z.DELETED.eq(false)).and(z.MEASURED_ON.between(from, to))
                .groupBy(z.CANDIDATE_ID).having(count().gt(1)).asTable("g");
        Field<String> cid = twice.field("cid", String.class);
        var x = z.as("x");
        Table<?> f = z.as("f");
        Table<?> t = z.as("t");
        Field<String> firstId = field(select(x.ID).from(x).where(x.CANDIDATE_ID.eq(cid)).and(x.DELETED.eq(false))
                .and(x.MEASURED_ON.between(from, to)).orderBy(x.MEASURED_ON.asc(), x.ID.asc()).limit(inline(1)));
        Field<String> lastId = field(select(x.ID).from(x).where(x.CANDIDATE_ID.eq(cid)).and(x.DELETED.eq(false))
                .and(x.MEASURED_ON.between(from, to)).orderBy(x.MEASURED_ON.desc(), x.ID.desc()).limit(inline(1)));
        List<SelectField<?>> select = new ArrayList<>();
        for (String d : PLAIN_ZRM) {
            Field<Integer> a = f.field(d, Integer.class);
            Field<Integer> b = t.field(d, Integer.class);
            var both = a.isNotNull().and(b.isNotNull());
            select.add(sum(when(both, inline(1)).otherwise(inline(0))).as(d + "_n"));
            select.add(sum(when(both.and(b.gt(a)), inline(1)).otherwise(inline(0))).as(d + "_up"));
            select.add(sum(when(both.and(b.eq(a)), inline(1)).otherwise(inline(0))).as(d + "_same"));
            select.add(sum(when(both.and(b.lt(a)), inline(1)).otherwise(inline(0))).as(d + "_down"));
            select.add(avg(when(both, b.minus(a))).as(d + "_mean"));
        }
        return dsl.select(select)
                .from(twice).join(CANDIDATE).on(CANDIDATE.ID.eq(cid))
                .join(f).on(f.field(z.ID).eq(firstId)).join(t).on(t.field(z.ID).eq(lastId))
                .where(caseload.inScope());
    }

    List<ZrmChange> zrm() {
        Record r = zrmQuery().fetchOne();
        List<ZrmChange> changes = new ArrayList<>();
        for (String d : PLAIN_ZRM) {
            Number mean = (Number) r.get(d + "_mean");
            // The code in ASCII capitals on every laptop: a Turkish default locale wrote a dotted capital I for each i.
            changes.add(new ZrmChange(d.toUpperCase(Locale.ROOT), BanenQueries.longOf(r, d + "_n"),
                    BanenQueries.longOf(r, d + "_up"),
                    BanenQueries.longOf(r, d + "_same"), BanenQueries.longOf(r, d + "_down"),
                    mean == null ? 0 : mean.doubleValue()));
        }
        return changes;
    }

    MovementFigures compute() {
        return new MovementFigures(ladder(), zrm(), SEALED_ZRM.stream().map(d -> d.toUpperCase(Locale.ROOT)).toList());
    }

    List<ResultQuery<? extends Record>> queries() {
        return List.of(ladderQuery(), zrmQuery());
    }
}
