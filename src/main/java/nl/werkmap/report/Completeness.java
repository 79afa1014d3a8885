package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.rules.WerkmapRules;

/**
 * The domain's completeness score ({@link nl.werkmap.domain.rules.Completeness}: 11 checks, 2 more for pupils, each
 * weighing the same) in SQL, so a team figure does not need every candidate decrypted. Sealed fields (contact
 * details, birth date, address, talents, wishes, support needs) are checked for being present, never opened; a
 * sealed value that holds only spaces therefore counts as filled here, the one place this may differ from the
 * candidate screen.
 */
final class Completeness {

    private static final int COMMON_CHECKS = 11;
    private static final int PUPIL_CHECKS = 2;

    private Completeness() {
    }

    static List<Condition> commonChecks(LocalDate today) {
        String ladderSince = today.minusMonths(WerkmapRules.LADDER_MAX_AGE_MONTHS).toString();
        return List.of(
                CANDIDATE.PHONE.isNotNull().or(CANDIDATE.EMAIL.isNotNull()),
                CANDIDATE.BIRTH_DATE.isNotNull(),
                CANDIDATE.POSTCODE.isNotNull().or(CANDIDATE.CITY.isNotNull()),
                CANDIDATE.REGISTER_STATUS.ne(Codes.UNKNOWN),
                CANDIDATE.COACH_ID.isNotNull(),
                CANDIDATE.TALENTS.isNotNull(),
                CANDIDATE.WISHES.isNotNull(),
                CANDIDATE.SUPPORT_NEEDS.isNotNull(),
                CANDIDATE.HOURS_AVAILABLE.isNotNull(),
                exists(selectOne().from(LADDER_MEASUREMENT).where(LADDER_MEASUREMENT.CANDIDATE_ID.eq(CANDIDATE.ID))
                        .and(LADDER_MEASUREMENT.DELETED.eq(false)).and(LADDER_MEASUREMENT.MEASURED_ON.ge(ladderSince))),
                exists(selectOne().from(CONSENT).where(CONSENT.CANDIDATE_ID.eq(CANDIDATE.ID))
                        .and(CONSENT.DELETED.eq(false)).and(CONSENT.PURPOSE.eq(ConsentPurpose.PROFIEL_AAN_WERKGEVER.name()))));
    }

    static List<Condition> pupilChecks() {
        return List.of(CANDIDATE.EXPECTED_LEAVING_DATE.isNotNull(),
                CANDIDATE.SCHOOL_DESTINATION.isNotNull().and(CANDIDATE.SCHOOL_DESTINATION.ne(Codes.SCHOOL_ONBEKEND)));
    }

    /** Whether a candidate is a pupil, who gets the {@value #PUPIL_CHECKS} school checks on top. */
    static Condition pupil() {
        return CANDIDATE.SCHOOL_TYPE.isNotNull();
    }

    /**
     * How many checks one candidate passes, as a whole number: a query groups on it and the share is worked out
     * per group ({@link #share}), so the checks, two of them lookups in other tables, run once per candidate.
     */
    static Field<Integer> passed(LocalDate today) {
        Field<Integer> passed = inline(0);
        for (Condition c : commonChecks(today)) {
            passed = passed.plus(oneIf(c));
        }
        Field<Integer> pupilPassed = inline(0);
        for (Condition c : pupilChecks()) {
            pupilPassed = pupilPassed.plus(oneIf(c));
        }
        return passed.plus(oneIf(pupil()).times(pupilPassed));
    }

    /**
     * 1 when the condition holds, else 0, as SQLite's own truth value rather than a CASE: SQLite reads an
     * expression such as {@code phone IS NOT NULL} from an index on it (candidate_report), but not when it is the
     * WHEN of a CASE, and would then read the row with its sealed bytes.
     */
    static Field<Integer> oneIf(Condition c) {
        return field("({0})", SQLDataType.INTEGER, c);
    }

    static int checks(boolean pupil) {
        return pupil ? COMMON_CHECKS + PUPIL_CHECKS : COMMON_CHECKS;
    }

    /** Share (0..1) of the checks passed. */
    static double share(int passed, boolean pupil) {
        return (double) passed / checks(pupil);
    }
}
