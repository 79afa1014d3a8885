package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;

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

    /** Share (0..1) of the checks one candidate passes. */
    static Field<Double> filledShare(LocalDate today) {
        Field<Double> passed = inline(0.0);
        for (Condition c : commonChecks(today)) {
            passed = passed.plus(when(c, inline(1.0)).otherwise(inline(0.0)));
        }
        Field<Double> pupilPassed = inline(0.0);
        for (Condition c : pupilChecks()) {
            pupilPassed = pupilPassed.plus(when(c, inline(1.0)).otherwise(inline(0.0)));
        }
        Condition pupil = CANDIDATE.SCHOOL_TYPE.isNotNull();
        return when(pupil, passed.plus(pupilPassed).divide(inline((double) (COMMON_CHECKS + PUPIL_CHECKS))))
                .otherwise(passed.divide(inline((double) COMMON_CHECKS)));
    }
}
