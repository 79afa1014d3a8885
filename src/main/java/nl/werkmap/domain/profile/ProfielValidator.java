package nl.werkmap.domain.profile;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.codes.OccupationCodes;
import nl.werkmap.domain.codes.SbiSections;
import nl.werkmap.domain.validation.Postcode;
import nl.werkmap.domain.validation.ValidationProblem;

/**
 * Checks a werknemersprofiel and its work experience before anything is stored. Nothing is required (a profile
 * fills up over weeks; completeness reports what is open), but what is filled in must be usable for matching: a
 * known occupation code, a known sector, hours that make sense, a journey a person can make.
 */
public final class ProfielValidator {

    public static final String SECTOR_WISHES = "sectorWishes";
    public static final String OCCUPATION_WISHES = "occupationWishes";
    public static final String HOURS_MIN = "hoursMin";
    public static final String HOURS_MAX = "hoursMax";
    public static final String TRAVEL_MINUTES = "travelMinutes";
    public static final String POSTCODE = "travelPostcode";
    /** Problems with one work experience row are reported as "experience.N" (N from 0, in the order given). */
    public static final String EXPERIENCE = "experience.";
    /** The experience list as a whole, for a screen that shows its rows' problems in one place. */
    public static final String EXPERIENCE_ROWS = "experience";

    public static final double MAX_HOURS_A_WEEK = 60;
    static final int FIRST_YEAR = 1950;

    private ProfielValidator() {
    }

    public static List<ValidationProblem> validate(Werknemersprofiel profile, List<Werkervaring> experience,
                                                   int currentYear) {
        List<ValidationProblem> problems = new ArrayList<>();
        OccupationCodes isco = OccupationCodes.isco08();
        for (String letter : profile.sectorWishes()) {
            if (!SbiSections.sbi2008().isKnown(letter)) {
                problems.add(problem(SECTOR_WISHES, ProfielMessage.SECTOR_UNKNOWN));
                break;
            }
        }
        for (String code : profile.occupationWishes()) {
            if (!isco.isUnitGroup(code)) {
                problems.add(problem(OCCUPATION_WISHES, ProfielMessage.OCCUPATION_UNKNOWN));
                break;
            }
        }
        checkHours(profile.beschikbaarheid(), problems);
        Reisbereik reis = profile.reisbereik();
        if (reis.maxMinutes() != null && (reis.maxMinutes() < 0 || reis.maxMinutes() > Reisbereik.MAX_MINUTES)) {
            problems.add(problem(TRAVEL_MINUTES, ProfielMessage.TRAVEL_RANGE));
        }
        if (reis.postcode() != null && !reis.postcode().isBlank() && !Postcode.isValid(reis.postcode())) {
            problems.add(problem(POSTCODE, ProfielMessage.POSTCODE_FORMAT));
        }
        for (int i = 0; i < experience.size(); i++) {
            Werkervaring job = experience.get(i);
            if (!isco.isUnitGroup(job.iscoCode())) {
                problems.add(problem(EXPERIENCE + i, ProfielMessage.OCCUPATION_UNKNOWN));
            } else if (badYear(job.fromYear(), currentYear) || badYear(job.toYear(), currentYear)
                    || job.fromYear() != null && job.toYear() != null && job.toYear() < job.fromYear()) {
                problems.add(problem(EXPERIENCE + i, ProfielMessage.EXPERIENCE_YEARS));
            }
        }
        return List.copyOf(problems);
    }

    private static void checkHours(Beschikbaarheid b, List<ValidationProblem> problems) {
        boolean minOk = inRange(b.hoursMin());
        boolean maxOk = inRange(b.hoursMax());
        if (!minOk) {
            problems.add(problem(HOURS_MIN, ProfielMessage.HOURS_RANGE));
        }
        if (!maxOk) {
            problems.add(problem(HOURS_MAX, ProfielMessage.HOURS_RANGE));
        }
        if (minOk && maxOk && b.hoursMin() != null && b.hoursMax() != null && b.hoursMax() < b.hoursMin()) {
            problems.add(problem(HOURS_MAX, ProfielMessage.HOURS_MAX_BELOW_MIN));
        }
    }

    private static boolean inRange(Double hours) {
        return hours == null || hours >= 0 && hours <= MAX_HOURS_A_WEEK;
    }

    private static boolean badYear(Integer year, int currentYear) {
        return year != null && (year < FIRST_YEAR || year > currentYear);
    }

    private static ValidationProblem problem(String field, ProfielMessage message) {
        return new ValidationProblem(field, message.key());
    }
}
