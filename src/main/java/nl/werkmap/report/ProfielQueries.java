package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.WERKNEMERSPROFIEL;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;

import nl.werkmap.report.ProfielFigures.CoachProfiel;

/**
 * Werknemersprofiel completeness per coach over active candidates, in SQL on plain columns: the same four checks as
 * {@link nl.werkmap.domain.profile.ProfielCompleteness}. The travel postcode is sealed, so it is checked for being
 * present, never opened.
 */
final class ProfielQueries {

    private final DSLContext dsl;
    private final CaseloadQueries caseload;

    ProfielQueries(DSLContext dsl, CaseloadQueries caseload) {
        this.dsl = dsl;
        this.caseload = caseload;
    }

    static Condition opleidingsniveau() {
        return WERKNEMERSPROFIEL.OPLEIDINGSNIVEAU.isNotNull();
    }

    static Condition sectorWishes() {
        return WERKNEMERSPROFIEL.SECTOR_WISHES.isNotNull().and(WERKNEMERSPROFIEL.SECTOR_WISHES.ne(""));
    }

    static Condition hoursAndAvailability() {
        return WERKNEMERSPROFIEL.HOURS_MAX.isNotNull().and(WERKNEMERSPROFIEL.WORK_DAYS.isNotNull()
                .or(WERKNEMERSPROFIEL.DAGDELEN.isNotNull()).or(WERKNEMERSPROFIEL.AVAILABLE_FROM.isNotNull()));
    }

    static Condition travel() {
        return WERKNEMERSPROFIEL.MAX_TRAVEL_MINUTES.isNotNull().and(WERKNEMERSPROFIEL.TRAVEL_POSTCODE.isNotNull()
                .or(WERKNEMERSPROFIEL.TRAVEL_MODES.isNotNull()));
    }

    /** Coach id, coach name, active, complete, and the four "without" counts, one row per coach. */
    ResultQuery<? extends Record> query() {
        Condition all = opleidingsniveau().and(sectorWishes()).and(hoursAndAvailability()).and(travel());
        return dsl.select(CANDIDATE.COACH_ID, COACH.NAME, count(), without(all), without(opleidingsniveau()),
                        without(sectorWishes()), without(hoursAndAvailability()), without(travel()))
                .from(CANDIDATE)
                .leftJoin(WERKNEMERSPROFIEL).on(WERKNEMERSPROFIEL.CANDIDATE_ID.eq(CANDIDATE.ID))
                .and(WERKNEMERSPROFIEL.DELETED.eq(false))
                .leftJoin(COACH).on(COACH.ID.eq(CANDIDATE.COACH_ID))
                .where(caseload.inScope()).and(caseload.active())
                .groupBy(CANDIDATE.COACH_ID, COACH.NAME);
    }

    /**
     * Counts the rows where {@code present} does not hold. A candidate without a profile row has only nulls from the
     * left join, so every check is unknown there and counts as missing: the CASE takes its ELSE branch.
     */
    private static Field<java.math.BigDecimal> without(Condition present) {
        return sum(when(present, inline(0)).otherwise(inline(1)));
    }

    ProfielFigures compute() {
        List<CoachProfiel> rows = new ArrayList<>();
        for (Record r : query().fetch()) {
            String id = r.get(0, String.class);
            long active = r.get(2, Long.class);
            rows.add(new CoachProfiel(id == null ? Codes.NO_COACH : id,
                    CaseloadQueries.coachName(r.get(1, String.class), id), active, active - r.get(3, Long.class),
                    r.get(4, Long.class), r.get(5, Long.class), r.get(6, Long.class), r.get(7, Long.class)));
        }
        rows.sort(Comparator.comparing(CoachProfiel::coachName, String.CASE_INSENSITIVE_ORDER));
        return new ProfielFigures(rows);
    }
}
