package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;

import nl.werkmap.domain.rules.WerkmapRules;
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

    ResultQuery<? extends Record> query() {
        Table<?> last = dsl.select(COACHING_SESSION.CANDIDATE_ID.as("cid"), max(COACHING_SESSION.STARTS_AT).as("last"),
                        sum(when(COACHING_SESSION.STARTS_AT.ge(from), inline(1)).otherwise(inline(0))).as("sessions"))
                .from(COACHING_SESSION)
                .where(COACHING_SESSION.DELETED.eq(false)).and(COACHING_SESSION.STARTS_AT.lt(peilEnd))
                .groupBy(COACHING_SESSION.CANDIDATE_ID).asTable("ls");
        Field<String> lastContact = last.field("last", String.class);
        Field<Integer> sessions = coalesce(last.field("sessions", Integer.class), inline(0));
        Condition outOfView = lastContact.isNull().or(lastContact.lt(cutoff));
        Field<Double> filled = Completeness.filledShare(peildatum);
        return dsl.select(CANDIDATE.COACH_ID, COACH.NAME, count().as("active"), sum(sessions).as("sessions"),
                        sum(when(sessions.eq(0), inline(1)).otherwise(inline(0))).as("without"),
                        sum(when(outOfView, inline(1)).otherwise(inline(0))).as("out_of_view"),
                        sum(filled).as("filled"),
                        sum(when(filled.ge(inline(1.0)), inline(1)).otherwise(inline(0))).as("complete"))
                .from(CANDIDATE).leftJoin(COACH).on(COACH.ID.eq(CANDIDATE.COACH_ID))
                .leftJoin(last).on(last.field("cid", String.class).eq(CANDIDATE.ID))
                .where(caseload.inScope()).and(caseload.active())
                .groupBy(CANDIDATE.COACH_ID, COACH.NAME);
    }

    ContactFigures compute() {
        List<CoachContact> rows = new ArrayList<>();
        for (Record r : query().fetch()) {
            String id = r.get(CANDIDATE.COACH_ID);
            long active = BanenQueries.longOf(r, "active");
            Double filled = r.get("filled", Double.class);
            rows.add(new CoachContact(id == null ? Codes.NO_COACH : id, CaseloadQueries.coachName(r.get(COACH.NAME), id),
                    active, BanenQueries.longOf(r, "sessions"), BanenQueries.longOf(r, "without"),
                    BanenQueries.longOf(r, "out_of_view"), active == 0 || filled == null ? 0 : filled / active,
                    BanenQueries.longOf(r, "complete")));
        }
        rows.sort(Comparator.comparing(CoachContact::coachName, String.CASE_INSENSITIVE_ORDER));
        return new ContactFigures(OUT_OF_VIEW_DAYS, rows);
    }
}
