package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.ZRM_MEASUREMENT;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.util.ArrayList;
import java.util.List;

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

    ResultQuery<? extends Record> ladderQuery() {
        var l = LADDER_MEASUREMENT;
        Table<?> ranked = dsl.select(l.CANDIDATE_ID, l.RUNG,
                        rowNumber().over(partitionBy(l.CANDIDATE_ID).orderBy(l.MEASURED_ON.asc(), l.ID.asc())).as("rn_first"),
                        rowNumber().over(partitionBy(l.CANDIDATE_ID).orderBy(l.MEASURED_ON.desc(), l.ID.desc())).as("rn_last"))
                .from(l).join(CANDIDATE).on(CANDIDATE.ID.eq(l.CANDIDATE_ID))
                .where(l.DELETED.eq(false)).and(l.MEASURED_ON.between(from, to)).and(caseload.inScope())
                .asTable("m");
        Table<?> f = ranked.as("f");
        Table<?> t = ranked.as("t");
        Field<Integer> firstRung = f.field("rung", Integer.class).as("first_rung");
        Field<Integer> lastRung = t.field("rung", Integer.class).as("last_rung");
        return dsl.select(firstRung, lastRung, count().as("n"))
                .from(f).join(t).on(t.field("candidate_id", String.class).eq(f.field("candidate_id", String.class)))
                .where(f.field("rn_first", Integer.class).eq(1)).and(t.field("rn_last", Integer.class).eq(1))
                .and(f.field("rn_last", Integer.class).gt(1))
                .groupBy(firstRung, lastRung);
    }

    CrossTally ladder() {
        List<String> rungs = List.of("1", "2", "3", "4", "5", "6");
        CrossTally t = CrossTally.empty(rungs, rungs);
        for (Record r : ladderQuery().fetch()) {
            t.counts()[r.get("first_rung", Integer.class) - 1][r.get("last_rung", Integer.class) - 1] += r.get("n", Long.class);
        }
        return t;
    }

    ResultQuery<? extends Record> zrmQuery() {
        var z = ZRM_MEASUREMENT;
        List<SelectField<?>> rankedFields = new ArrayList<>();
        rankedFields.add(z.CANDIDATE_ID);
        for (String d : PLAIN_ZRM) {
            rankedFields.add(field(name("zrm_measurement", d), Integer.class));
        }
        rankedFields.add(rowNumber().over(partitionBy(z.CANDIDATE_ID).orderBy(z.MEASURED_ON.asc(), z.ID.asc())).as("rn_first"));
        rankedFields.add(rowNumber().over(partitionBy(z.CANDIDATE_ID).orderBy(z.MEASURED_ON.desc(), z.ID.desc())).as("rn_last"));
        Table<?> ranked = dsl.select(rankedFields).from(z).join(CANDIDATE).on(CANDIDATE.ID.eq(z.CANDIDATE_ID))
                .where(z.DELETED.eq(false)).and(z.MEASURED_ON.between(from, to)).and(caseload.inScope())
                .asTable("m");
        Table<?> f = ranked.as("f");
        Table<?> t = ranked.as("t");
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
                .from(f).join(t).on(t.field("candidate_id", String.class).eq(f.field("candidate_id", String.class)))
                .where(f.field("rn_first", Integer.class).eq(1)).and(t.field("rn_last", Integer.class).eq(1))
                .and(f.field("rn_last", Integer.class).gt(1));
    }

    List<ZrmChange> zrm() {
        Record r = zrmQuery().fetchOne();
        List<ZrmChange> changes = new ArrayList<>();
        for (String d : PLAIN_ZRM) {
            Number mean = (Number) r.get(d + "_mean");
            changes.add(new ZrmChange(d.toUpperCase(), BanenQueries.longOf(r, d + "_n"), BanenQueries.longOf(r, d + "_up"),
                    BanenQueries.longOf(r, d + "_same"), BanenQueries.longOf(r, d + "_down"),
                    mean == null ? 0 : mean.doubleValue()));
        }
        return changes;
    }

    MovementFigures compute() {
        return new MovementFigures(ladder(), zrm(), SEALED_ZRM.stream().map(String::toUpperCase).toList());
    }

    List<ResultQuery<? extends Record>> queries() {
        return List.of(ladderQuery(), zrmQuery());
    }
}
