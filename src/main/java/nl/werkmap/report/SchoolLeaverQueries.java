package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.WERKNEMERSPROFIEL;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.SQLDataType;

import nl.werkmap.report.SchoolLeaverFigures.SchoolRow;

/**
 * VSO and PrO leavers of the period (by expected leaving date) in SQL. The situation 6 or 12 months after leaving
 * is read from placements running on that day; until that day has come it is "not yet known".
 */
final class SchoolLeaverQueries {

    static final String WERK = "WERK", BESCHUT = "BESCHUT_WERK", PROEF_STAGE = "PROEFPLAATSING_OF_STAGE",
            UITGESTROOMD = "UITGESTROOMD", ZONDER_WERK = "IN_TRAJECT_ZONDER_WERK", NOG_NIET = "NOG_NIET_TE_METEN";
    /** A conversation that took place (AppointmentState.GEDAAN). */
    private static final String DONE = "GEDAAN";
    static final List<String> SITUATIONS = List.of(WERK, BESCHUT, PROEF_STAGE, UITGESTROOMD, ZONDER_WERK, NOG_NIET);

    private final DSLContext dsl;
    private final CaseloadQueries caseload;
    private final String from;
    private final String to;
    private final String today;

    SchoolLeaverQueries(DSLContext dsl, CaseloadQueries caseload, ReportPeriod period, LocalDate today) {
        this.dsl = dsl;
        this.caseload = caseload;
        this.from = period.from().toString();
        this.to = period.to().toString();
        this.today = today.toString();
    }

    private Condition leavers() {
        return caseload.inScope().and(CANDIDATE.SCHOOL_TYPE.isNotNull())
                .and(CANDIDATE.EXPECTED_LEAVING_DATE.between(from, to));
    }

    ResultQuery<? extends Record> perSchoolQuery() {
        Field<String> school = coalesce(CANDIDATE.SCHOOL_NAME, inline("(school onbekend)")).as("school");
        Field<String> profiel = coalesce(CANDIDATE.UITSTROOMPROFIEL, inline(Codes.UNKNOWN)).as("profiel");
        Field<String> destination = coalesce(CANDIDATE.SCHOOL_DESTINATION, inline(Codes.SCHOOL_ONBEKEND)).as("destination");
        return dsl.select(school, CANDIDATE.SCHOOL_TYPE, profiel, destination, count().as("n"))
                .from(CANDIDATE).where(leavers())
                .groupBy(school, CANDIDATE.SCHOOL_TYPE, profiel, destination)
                .orderBy(school, CANDIDATE.SCHOOL_TYPE, profiel);
    }

    private Field<String> situationAfter(int months) {
        Field<String> then = field("date({0}, {1})", SQLDataType.VARCHAR, CANDIDATE.EXPECTED_LEAVING_DATE,
                inline("+" + months + " months"));
        return when(then.gt(today), inline(NOG_NIET))
                .when(placedAs(then, Codes.BANEN_TYPES), inline(WERK))
                .when(placedAs(then, List.of(Codes.BESCHUT_WERK)), inline(BESCHUT))
                .when(placedAs(then, List.of(Codes.PROEFPLAATSING, Codes.LEERWERKPLEK_STAGE)), inline(PROEF_STAGE))
                .when(CANDIDATE.STATUS.eq(Codes.UITGESTROOMD).and(CANDIDATE.STATUS_SINCE.le(then)), inline(UITGESTROOMD))
                .otherwise(inline(ZONDER_WERK));
    }

    private static Condition placedAs(Field<String> day, List<String> types) {
        return exists(selectOne().from(PLACEMENT).where(PLACEMENT.CANDIDATE_ID.eq(CANDIDATE.ID))
                .and(PLACEMENT.DELETED.eq(false)).and(PLACEMENT.TYPE.in(types))
                .and(BanenQueries.activeOn(PLACEMENT, day)));
    }

    /**
     * Active VSO/PrO candidates per coach with no werknemersprofiel and no conversation that took place: a session
     * that is not deleted and is done, or (state not said, older rows) has started by today.
     */
    ResultQuery<? extends Record> notStartedQuery() {
        Condition profile = exists(selectOne().from(WERKNEMERSPROFIEL)
                .where(WERKNEMERSPROFIEL.CANDIDATE_ID.eq(CANDIDATE.ID)).and(WERKNEMERSPROFIEL.DELETED.eq(false)));
        Condition talked = exists(selectOne().from(COACHING_SESSION)
                .where(COACHING_SESSION.CANDIDATE_ID.eq(CANDIDATE.ID)).and(COACHING_SESSION.DELETED.eq(false))
                .and(COACHING_SESSION.STATE.eq(DONE).or(COACHING_SESSION.STATE.isNull()
                        .and(COACHING_SESSION.STARTS_AT.le(today + "T23:59")))));
        return dsl.select(CANDIDATE.COACH_ID, count().as("n")).from(CANDIDATE)
                .where(caseload.inScope()).and(caseload.active()).and(CANDIDATE.SCHOOL_TYPE.isNotNull())
                .and(profile.not()).and(talked.not())
                .groupBy(CANDIDATE.COACH_ID);
    }

    ResultQuery<? extends Record> situationQuery() {
        Field<String> s6 = situationAfter(6).as("s6");
        Field<String> s12 = situationAfter(12).as("s12");
        return dsl.select(s6, s12, count().as("n")).from(CANDIDATE).where(leavers()).groupBy(s6, s12);
    }

    SchoolLeaverFigures compute() {
        List<SchoolRow> rows = new ArrayList<>();
        SchoolRow current = null;
        for (Record r : perSchoolQuery().fetch()) {
            String school = r.get("school", String.class);
            String type = r.get(CANDIDATE.SCHOOL_TYPE);
            String profiel = r.get("profiel", String.class);
            if (current == null || !current.school().equals(school) || !current.schoolType().equals(type)
                    || !current.uitstroomprofiel().equals(profiel)) {
                current = new SchoolRow(school, type, profiel, new long[Codes.SCHOOL_DESTINATIONS.size()]);
                rows.add(current);
            }
            current.byDestination()[CaseloadQueries.indexOr(Codes.SCHOOL_DESTINATIONS, r.get("destination", String.class))]
                    += BanenQueries.longOf(r, "n");
        }
        CrossTally situation = CrossTally.empty(SITUATIONS, List.of(SchoolLeaverFigures.AFTER_6, SchoolLeaverFigures.AFTER_12));
        for (Record r : situationQuery().fetch()) {
            long n = BanenQueries.longOf(r, "n");
            situation.counts()[SITUATIONS.indexOf(r.get("s6", String.class))][0] += n;
            situation.counts()[SITUATIONS.indexOf(r.get("s12", String.class))][1] += n;
        }
        Map<String, Long> notStarted = new HashMap<>();
        for (Record r : notStartedQuery().fetch()) {
            String coach = r.get(CANDIDATE.COACH_ID);
            notStarted.merge(coach == null ? Codes.NO_COACH : coach, BanenQueries.longOf(r, "n"), Long::sum);
        }
        return new SchoolLeaverFigures(rows, Codes.SCHOOL_DESTINATIONS, situation, notStarted);
    }

    List<ResultQuery<? extends Record>> queries() {
        return List.of(perSchoolQuery(), situationQuery(), notStartedQuery());
    }
}
