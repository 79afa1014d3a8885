package nl.werkmap.domain.match;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.codes.OccupationCodes;
import nl.werkmap.domain.codes.SbiSections;
import nl.werkmap.domain.profile.ProfielMessage;
import nl.werkmap.domain.validation.Postcode;
import nl.werkmap.domain.validation.ValidationProblem;

/**
 * Checks a baankans before it is stored: it belongs to an employer and has a title; what is filled in must be
 * usable for matching (a known ISCO-08 unit group and SBI section, hours that make sense, a Dutch postcode).
 */
public final class BaankansValidator {

    public static final String EMPLOYER = "employer";
    public static final String TITLE = "title";
    public static final String OCCUPATION = "iscoCode";
    public static final String SECTOR = "sbiSection";
    public static final String HOURS_MIN = "hoursMin";
    public static final String HOURS_MAX = "hoursMax";
    public static final String POSTCODE = "postcode";

    public static final String EMPLOYER_REQUIRED = "validation.baankans.employerRequired";
    public static final String TITLE_REQUIRED = "validation.baankans.titleRequired";

    private static final double MAX_HOURS = 60;

    private BaankansValidator() {
    }

    public static List<ValidationProblem> validate(Baankans b) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (b.employerId() == null) {
            problems.add(new ValidationProblem(EMPLOYER, EMPLOYER_REQUIRED));
        }
        if (b.title() == null || b.title().isBlank()) {
            problems.add(new ValidationProblem(TITLE, TITLE_REQUIRED));
        }
        if (b.iscoCode() != null && !OccupationCodes.isco08().isUnitGroup(b.iscoCode())) {
            problems.add(new ValidationProblem(OCCUPATION, ProfielMessage.OCCUPATION_UNKNOWN.key()));
        }
        if (b.sbiSection() != null && !SbiSections.sbi2008().isKnown(b.sbiSection())) {
            problems.add(new ValidationProblem(SECTOR, ProfielMessage.SECTOR_UNKNOWN.key()));
        }
        boolean minOk = inRange(b.hoursMin());
        boolean maxOk = inRange(b.hoursMax());
        if (!minOk) {
            problems.add(new ValidationProblem(HOURS_MIN, ProfielMessage.HOURS_RANGE.key()));
        }
        if (!maxOk) {
            problems.add(new ValidationProblem(HOURS_MAX, ProfielMessage.HOURS_RANGE.key()));
        }
        if (minOk && maxOk && b.hoursMin() != null && b.hoursMax() != null && b.hoursMax() < b.hoursMin()) {
            problems.add(new ValidationProblem(HOURS_MAX, ProfielMessage.HOURS_MAX_BELOW_MIN.key()));
        }
        if (b.postcode() != null && !b.postcode().isBlank() && !Postcode.isValid(b.postcode())) {
            problems.add(new ValidationProblem(POSTCODE, ProfielMessage.POSTCODE_FORMAT.key()));
        }
        return List.copyOf(problems);
    }

    private static boolean inRange(Double hours) {
        return hours == null || hours > 0 && hours <= MAX_HOURS;
    }
}
