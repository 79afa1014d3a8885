package nl.werkmap.domain.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.rules.JobcoachHours;
import nl.werkmap.domain.rules.WerkmapRules;

/**
 * Checks a toekenning on its own: financier, period, regime or hours, contract hours, year, the days it covers, and
 * hours within the legal ceiling. Overlap with the placement's other grants needs the store: the grant service
 * checks that ({@link #OVERLAP}). The public constants are field names and message keys.
 */
public final class GrantValidator {
    public static final String FINANCIER = "financier";
    public static final String GEMEENTE_CODE = "gemeenteCode";
    public static final String PERIOD = "period";
    public static final String REGIME = "regime";
    public static final String GRANTED_HOURS = "grantedHours";
    public static final String CONTRACT_HOURS = "contractHoursPerWeek";
    public static final String EMPLOYMENT_YEAR = "employmentYear";
    public static final String COVERED = "covered";

    public static final String GEMEENTE_CODE_FORMAT = "validation.grant.gemeenteCode";
    public static final String REGIME_OR_HOURS = "validation.grant.regimeOrHours";
    public static final String HOURS_POSITIVE = "validation.grant.hoursPositive";
    public static final String BEYOND_CEILING = "validation.grant.beyondCeiling";
    public static final String YEAR_RANGE = "validation.grant.yearRange";
    public static final String COVERED_OUTSIDE = "validation.grant.coveredOutside";
    public static final String OVERLAP = "validation.grant.overlap";
    public static final String BEFORE_PLACEMENT = "validation.grant.beforePlacement";

    /** Every message key above, for the bundle check. */
    public static final List<String> MESSAGE_KEYS = List.of(GEMEENTE_CODE_FORMAT, REGIME_OR_HOURS, HOURS_POSITIVE,
            BEYOND_CEILING, YEAR_RANGE, COVERED_OUTSIDE, OVERLAP, BEFORE_PLACEMENT);

    /** A CBS gemeentecode: GM and four digits. */
    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");

    private GrantValidator() {
    }

    public static List<ValidationProblem> validate(JobcoachGrant grant) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (grant.financier() == null) {
            problems.add(ValidationProblem.of(FINANCIER, ValidationMessage.REQUIRED));
        } else if (grant.financier() == JobcoachType.GEMEENTE) {
            if (grant.gemeenteCode() == null) {
                problems.add(ValidationProblem.of(GEMEENTE_CODE, ValidationMessage.REQUIRED));
            } else if (!GEMEENTE.matcher(grant.gemeenteCode()).matches()) {
                problems.add(new ValidationProblem(GEMEENTE_CODE, GEMEENTE_CODE_FORMAT));
            }
        }
        if ((grant.regime() == null) == (grant.grantedHours() == null)) {
            problems.add(new ValidationProblem(REGIME, REGIME_OR_HOURS));
        }
        if (grant.grantedHours() != null && !(grant.grantedHours() > 0)) {
            problems.add(new ValidationProblem(GRANTED_HOURS, HOURS_POSITIVE));
        }
        if (!(grant.contractHoursPerWeek() > 0) || grant.contractHoursPerWeek() > WerkmapRules.MAX_HOURS_PER_WEEK) {
            problems.add(ValidationProblem.of(CONTRACT_HOURS, ValidationMessage.PLACEMENT_HOURS_RANGE));
        }
        boolean yearOk = grant.employmentYear() >= 1 && grant.employmentYear() <= JobcoachHours.MAX_EMPLOYMENT_YEARS;
        if (!yearOk) {
            problems.add(new ValidationProblem(EMPLOYMENT_YEAR, YEAR_RANGE));
        }
        boolean coveredOk = !grant.firstDay().isAfter(grant.lastDay()) && grant.period().contains(grant.firstDay())
                && grant.period().contains(grant.lastDay());
        if (!coveredOk) {
            problems.add(new ValidationProblem(COVERED, COVERED_OUTSIDE));
        }
        if (problems.isEmpty() && JobcoachHours.ceilingApplies(grant.financier())
                && JobcoachHours.maxHours(grant).compareTo(JobcoachHours.ceilingHours(grant)) > 0) {
            problems.add(new ValidationProblem(GRANTED_HOURS, BEYOND_CEILING));
        }
        return List.copyOf(problems);
    }
}
