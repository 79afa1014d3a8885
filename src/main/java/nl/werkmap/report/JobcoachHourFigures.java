package nl.werkmap.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Jobcoach hours: hours accounted in sessions linked to a placement against the hours UWV granted for it (per half
 * year, taken pro rata for the days the placement ran in the period), and the hours each coach logged per day.
 */
public record JobcoachHourFigures(List<CoachBudget> perCoach, List<CoachDays> perCoachDay,
                                  List<ImplausibleDay> implausibleDays) {

    /** Days with more than this many hours accounted are flagged: nobody coaches that long in a day. */
    public static final double IMPLAUSIBLE_HOURS_PER_DAY = 10.0;

    public record CoachBudget(String coachId, String coachName, long placements, double used, double granted,
                              long overBudget) {
    }

    public record CoachDays(String coachId, String coachName, long days, double hours, long implausibleDays) {
    }

    public record ImplausibleDay(String coachName, LocalDate day, double hours) {
    }
}
