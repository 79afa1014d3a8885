package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;

/**
 * Which candidate fields a complete file has, checked in SQL. Sealed fields (talents, wishes, support needs) are
 * checked only for being present, never opened: a summary must not need the data key. The grondslag is only
 * expected for people in the register.
 */
final class Completeness {

    private Completeness() {
    }

    static List<Condition> checks() {
        return List.of(
                CANDIDATE.MUNICIPALITY.isNotNull().and(CANDIDATE.MUNICIPALITY.ne("")),
                CANDIDATE.REGISTER_STATUS.ne(Codes.UNKNOWN),
                CANDIDATE.REGISTER_STATUS.ne(Codes.REGISTER_JA).or(CANDIDATE.GRONDSLAG.isNotNull()),
                CANDIDATE.ROUTE_IN.isNotNull(),
                CANDIDATE.BENEFIT.isNotNull(),
                CANDIDATE.PREFERRED_SECTORS.isNotNull().and(CANDIDATE.PREFERRED_SECTORS.ne("")),
                CANDIDATE.HOURS_AVAILABLE.isNotNull(),
                CANDIDATE.MAX_TRAVEL_MINUTES.isNotNull(),
                CANDIDATE.TALENTS.isNotNull(),
                CANDIDATE.WISHES.isNotNull(),
                CANDIDATE.SUPPORT_NEEDS.isNotNull());
    }

    /** Share (0..1) of the checks one candidate passes. */
    static Field<Double> filledShare() {
        List<Condition> checks = checks();
        Field<Double> sum = inline(0.0);
        for (Condition c : checks) {
            sum = sum.plus(when(c, inline(1.0)).otherwise(inline(0.0)));
        }
        return sum.divide(inline((double) checks.size()));
    }
}
