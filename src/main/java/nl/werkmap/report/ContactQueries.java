package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;

import nl.werkmap.domain.rules.WerkmapRules;
import nl.werkmap.store.repo.SessionMapping;
import nl.werkmap.report.ContactFigures.CoachContact;

/**
 * Contact and data completeness per coach, over active candidates. Out of view follows the domain's contact rule
 * ({@link nl.werkmap.domain.rules.ContactRules}): no session in the six weeks before the peildatum, or never seen.
 */
final class ContactQueries {

    static final int OUT_OF_VIEW_DAYS = WerkmapRules.CONTACT_WARNING_DAYS;

    private final DSLContext dsl;
    private final CaseloadQueries caseload;
    private final String from;
    private final String peilEnd;
    private final String cutoff;
    private final LocalDate peildatum;

    ContactQueries(DSLContext dsl, CaseloadQueries caseload, ReportPeriod period, LocalDate peildatum) {
        this.dsl = dsl;
        this.caseload = caseload;
        this.from = period.from().toString();
        this.peilEnd = peildatum.plusDays(1).toString();
        this.cutoff = peildatum.minusDays(OUT_OF_VIEW_DAYS).toString();
        this.peildatum = peildatum;
    }

    /**
     * Per coach, per number of completeness checks passed (and pupil or not), in this column order: coach id, coach
     * name, pupil, checks passed, candidates, sessions in the period,
     * without a session, out of view. Grouping on the checks keeps the per-candidate work to one evaluation.
     * Only sessions up to the peildatum count: a planned appointment after it is no contact yet; a missed one
     * (niet doorgegaan) never is.
     */
    ResultQuery<? extends Record> query() {
        var s = COACHING_SESSION.as("s");
        Field<String> lastContact = field(select(max(s.STARTS_AT)).from(s).where(s.CANDIDATE_ID.eq(CANDIDATE.ID))
                .and(s.DELETED.eq(false)).and(s.STARTS_AT.lt(peilEnd)).and(SessionMapping.happened(s.STATE)));
        Field<Integer> inPeriod = field(selectCount().from(s).where(s.CANDIDATE_ID.eq(CANDIDATE.ID))
                .and(s.DELETED.eq(false)).and(s.STARTS_AT.ge(from)).and(s.STARTS_AT.lt(peilEnd))
                .and(SessionMapping.happened(s.STATE)));
        // Materialized, so SQLite works out each candidate's checks once, from the covering index (an expression in
        // a GROUP BY is taken from the table row instead, with its sealed bytes). In candidate id order, so the
        // lookups per candidate walk the session, ladder and consent indexes in order.
        CommonTableExpression<?> k = name("k").fields("coach_id", "pupil", "passed", "last", "sessions").asMaterialized(
                dsl.select(CANDIDATE.COACH_ID, Completeness.oneIf(Completeness.pupil()), Completeness.passed(peildatum),
                                coalesce(lastContact, inline("")), inPeriod)
                        .from(CANDIDATE)
                        .where(caseload.inScope()).and(caseload.active())
                        .orderBy(CANDIDATE.ID));
        Field<String> coachId = k.field("coach_id", String.class);
        Field<Integer> pupil = k.field("pupil", Integer.class);
        Field<Integer> passed = k.field("passed", Integer.class);
        Field<Integer> sessions = k.field("sessions", Integer.class);
        // Grouped without the coach's name, which is looked up once per group afterwards: grouping on it too made
        // SQLite look up the coach of every candidate and sort on the name as well.
        Table<?> g = dsl.select(coachId, pupil, passed, count().as("active"), sum(sessions).as("sessions"),
                        sum(when(sessions.eq(0), inline(1)).otherwise(inline(0))).as("without"),
                        sum(when(k.field("last", String.class).lt(cutoff), inline(1)).otherwise(inline(0))).as("out_of_view"))
                .from(k)
                .groupBy(coachId, pupil, passed).asTable("g");
        Field<String> groupCoach = g.field("coach_id", String.class);
        return dsl.with(k)
                .select(groupCoach, COACH.NAME, g.field("pupil"), g.field("passed"), g.field("active"),
                        g.field("sessions"), g.field("without"), g.field("out_of_view"))
                .from(g).leftJoin(COACH).on(COACH.ID.eq(groupCoach));
    }

    ContactFigures compute() {
        Map<String, CoachContact> perCoach = new LinkedHashMap<>();
        Map<String, Double> filled = new HashMap<>();
        // Some ten thousand groups on a large caseload: read straight from JDBC, in the query's column order.
        PlainRows.each(dsl, query(), rs -> {
            String id = rs.getString(1);
            String key = id == null ? Codes.NO_COACH : id;
            boolean pupil = rs.getInt(3) == 1;
            int passed = rs.getInt(4);
            long active = rs.getLong(5);
            CoachContact add = new CoachContact(key, CaseloadQueries.coachName(rs.getString(2), id), active,
                    rs.getLong(6), rs.getLong(7), rs.getLong(8), 0, passed == Completeness.checks(pupil) ? active : 0);
            perCoach.merge(key, add, (a, b) -> new CoachContact(a.coachId(), a.coachName(), a.active() + b.active(),
                    a.sessions() + b.sessions(), a.withoutSessionInPeriod() + b.withoutSessionInPeriod(),
                    a.outOfView() + b.outOfView(), 0, a.complete() + b.complete()));
            filled.merge(key, active * Completeness.share(passed, pupil), Double::sum);
        });
        List<CoachContact> rows = new ArrayList<>();
        for (CoachContact c : perCoach.values()) {
            double share = c.active() == 0 ? 0 : filled.get(c.coachId()) / c.active();
            rows.add(new CoachContact(c.coachId(), c.coachName(), c.active(), c.sessions(), c.withoutSessionInPeriod(),
                    c.outOfView(), share, c.complete()));
        }
        rows.sort(Comparator.comparing(CoachContact::coachName, String.CASE_INSENSITIVE_ORDER));
        return new ContactFigures(OUT_OF_VIEW_DAYS, rows);
    }
}
