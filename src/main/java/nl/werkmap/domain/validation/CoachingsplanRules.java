package nl.werkmap.domain.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.werkmap.domain.PlanGoal;

/**
 * The coachingsplan's limits, in one place with their source. A coachingsplan runs per half year and placement:
 * at most three main goals, each with activities, planned hours and the half year as its period; at the end of the
 * period each goal is gehaald, deels, niet or vervolg nodig.
 *
 * <p>Sources: Protocol Jobcoach UWV 2012 (BWBR0032412), the coachingsplan "per half jaar maximaal drie
 * hoofddoelen"; Leidraad Jobcoach (NVvA/AKC, CC-BY-4.0), the three most important points where werknemersprofiel
 * and werkprofiel do not match become the goals. The hours ceiling follows from Reïntegratiebesluit art. 18 lid 3
 * (see {@link JobcoachHours}). The public constants are field names and message keys.
 */
public final class CoachingsplanRules {

    /** Protocol Jobcoach UWV 2012: at most three main goals per half year. */
    public static final int MAX_MAIN_GOALS = 3;

    /**
     * The most hours one half year's coachingsplan can plan: the legal ceiling of 15% (intensief, year 1) of a
     * full-time year (40 h × 52 weeks = 2,080 h) over half a year is 156 hours. One goal cannot plan more.
     */
    public static final double MAX_PLANNED_HOURS = 156.0;

    /**
     * An outcome is given at the end of the period: from four weeks before the half year ends, because the
     * verantwoordingsrapportage (with the results per goal) is due before the half year ends.
     */
    public static final int OUTCOME_WEEKS_BEFORE_END = 4;

    public static final String DESCRIPTION = "description";
    public static final String PLACEMENT = "placementId";
    public static final String PERIOD = "period";
    public static final String PLANNED_HOURS = "plannedHours";
    public static final String OUTCOME = "outcome";

    public static final String TOO_MANY_GOALS = "validation.plan.tooManyGoals";
    public static final String HOURS_RANGE = "validation.plan.hoursRange";
    public static final String NEEDS_PLACEMENT = "validation.plan.needsPlacement";
    public static final String PLACEMENT_OUTSIDE_PERIOD = "validation.plan.placementOutsidePeriod";
    public static final String OUTCOME_TOO_EARLY = "validation.plan.outcomeTooEarly";
    public static final String OUTCOME_NEEDS_PERIOD = "validation.plan.outcomeNeedsPeriod";
    public static final String ENDED = "validation.plan.ended";

    /** Every message key above, for the bundle check. */
    public static final List<String> MESSAGE_KEYS = List.of(TOO_MANY_GOALS, HOURS_RANGE, NEEDS_PLACEMENT,
            PLACEMENT_OUTSIDE_PERIOD, OUTCOME_TOO_EARLY, OUTCOME_NEEDS_PERIOD, ENDED);

    private CoachingsplanRules() {
    }

    /** The first day an outcome may be given for a goal of {@code goal}'s half year. */
    public static LocalDate outcomeFrom(PlanGoal goal) {
        return goal.period().end().minusWeeks(OUTCOME_WEEKS_BEFORE_END).plusDays(1);
    }

    /**
     * Checks {@code goal} as it would be saved, beside the candidate's other goals ({@code others}, the stored ones;
     * the goal's own earlier version is skipped by id). Placement dates need the store: see
     * {@link #placementCovers}.
     */
    public static List<ValidationProblem> validate(PlanGoal goal, Collection<PlanGoal> others) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (goal.description() == null || goal.description().isBlank()) {
            problems.add(ValidationProblem.of(DESCRIPTION, ValidationMessage.REQUIRED));
        }
        if (goal.outcome() != null && goal.period() == null) {
            problems.add(new ValidationProblem(OUTCOME, OUTCOME_NEEDS_PERIOD));
        }
        if (!goal.isMainGoal()) {
            return problems;
        }
        if (goal.placementId() == null) {
            problems.add(new ValidationProblem(PLACEMENT, NEEDS_PLACEMENT));
        }
        Double hours = goal.plannedHours();
        if (hours == null || !(hours > 0) || hours > MAX_PLANNED_HOURS) {
            problems.add(new ValidationProblem(PLANNED_HOURS, HOURS_RANGE));
        }
        long sameHalfYear = others.stream().filter(o -> !o.id().equals(goal.id()) && o.isMainGoal()
                && o.period().equals(goal.period()) && java.util.Objects.equals(o.placementId(), goal.placementId()))
                .count();
        if (sameHalfYear >= MAX_MAIN_GOALS) {
            problems.add(new ValidationProblem(PERIOD, TOO_MANY_GOALS));
        }
        if (goal.outcome() != null && goal.outcomeOn() != null && goal.outcomeOn().isBefore(outcomeFrom(goal))) {
            problems.add(new ValidationProblem(OUTCOME, OUTCOME_TOO_EARLY));
        }
        return problems;
    }

    /** Whether a placement from {@code start} to {@code end} (null: open) runs on some day of the goal's period. */
    public static boolean placementCovers(PlanGoal goal, LocalDate start, LocalDate end) {
        return (start == null || !start.isAfter(goal.period().end()))
                && (end == null || !end.isBefore(goal.period().start()));
    }

    /** The main goals of {@code goals} for the half year {@code day} falls in: the logboek's goal picker. */
    public static List<PlanGoal> currentGoals(Collection<PlanGoal> goals, LocalDate day) {
        nl.werkmap.domain.HalfYear now = nl.werkmap.domain.HalfYear.of(day);
        return goals.stream().filter(g -> g.isMainGoal() && g.period().equals(now)).toList();
    }
}
