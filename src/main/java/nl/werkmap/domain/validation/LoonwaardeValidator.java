package nl.werkmap.domain.validation;

import java.util.List;

import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.rules.WerkmapRules;

/**
 * Checks a loonwaarde measurement as entered: a date and a method; the percentage 0..100; a next measurement after
 * the measurement; a subsidy amount only when a subsidy is granted, and never negative.
 */
public final class LoonwaardeValidator {
    public static final String MEASURED_ON = "measuredOn";
    public static final String PERCENTAGE = "loonwaardePct";
    public static final String METHOD = "method";
    public static final String NEXT = "nextMeasurement";
    public static final String LKS_AMOUNT = "lksPerMonth";

    private LoonwaardeValidator() {
    }

    /** Checks the parts that exist before a record can be built (the form holds text and may lack a date). */
    public static List<ValidationProblem> validate(java.time.LocalDate measuredOn, Integer pct,
                                                   nl.werkmap.domain.LoonwaardeMethod method,
                                                   java.time.LocalDate next, boolean lks, Double lksPerMonth) {
        Problems problems = new Problems();
        problems.require(MEASURED_ON, measuredOn);
        problems.require(METHOD, method);
        if (pct == null) {
            problems.add(PERCENTAGE, ValidationMessage.REQUIRED);
        } else if (pct < WerkmapRules.LOONWAARDE_MIN_PCT || pct > WerkmapRules.LOONWAARDE_MAX_PCT) {
            problems.add(PERCENTAGE, ValidationMessage.LOONWAARDE_RANGE);
        }
        if (measuredOn != null && next != null && !next.isAfter(measuredOn)) {
            problems.add(NEXT, ValidationMessage.LOONWAARDE_NEXT_BEFORE_MEASURED);
        }
        if (lksPerMonth != null && (lksPerMonth < 0 || !lks)) {
            problems.add(LKS_AMOUNT, ValidationMessage.LKS_AMOUNT_INVALID);
        }
        return problems.toList();
    }

    public static List<ValidationProblem> validate(LoonwaardeMeasurement m) {
        return validate(m.measuredOn(), m.loonwaardePct(), m.method(), m.nextMeasurement(), m.loonkostensubsidie(),
                m.lksPerMonth());
    }
}
