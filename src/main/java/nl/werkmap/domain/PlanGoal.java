package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A goal in the candidate's plan, in the candidate's own words where possible. A goal with a {@code period} is a
 * main goal of the jobcoach's coachingsplan for that half year and placement (at most three, see
 * {@link nl.werkmap.domain.validation.CoachingsplanRules}); a goal without one is a plain goal of the trajectory.
 *
 * @param placementId  the placement (trajectory) the coachingsplan goal belongs to; null for a plain goal
 * @param period       the half year of the coachingsplan; null for a plain goal
 * @param plannedHours the jobcoach hours planned for this goal over the half year; null for a plain goal
 * @param activities   the catalogue activities planned for the goal; an unmodifiable copy, never null
 * @param outcome      how the goal ended at the end of its half year; null while it runs
 * @param outcomeOn    the day the outcome was given; null while it runs
 */
public record PlanGoal(
        UUID id,
        UUID candidateId,
        String description,
        GoalStatus status,
        LocalDate targetDate,
        UUID placementId,
        HalfYear period,
        Double plannedHours,
        Set<CoachingActivity> activities,
        GoalOutcome outcome,
        LocalDate outcomeOn) {

    public PlanGoal {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        activities = activities == null || activities.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(activities));
    }

    /** A plain goal of the trajectory, outside the coachingsplan. */
    public PlanGoal(UUID id, UUID candidateId, String description, GoalStatus status, LocalDate targetDate) {
        this(id, candidateId, description, status, targetDate, null, null, null, Set.of(), null, null);
    }

    /** A main goal of the coachingsplan for {@code period} on {@code placementId}, running. */
    public static PlanGoal mainGoal(UUID id, UUID candidateId, UUID placementId, HalfYear period, String description,
                                    double plannedHours, Set<CoachingActivity> activities) {
        return new PlanGoal(id, candidateId, description, GoalStatus.BEZIG, period.end(), placementId, period,
                plannedHours, activities, null, null);
    }

    /** Whether this is a main goal of a half year's coachingsplan. */
    public boolean isMainGoal() {
        return period != null;
    }

    public boolean isEnded() {
        return outcome != null;
    }

    public PlanGoal withStatus(GoalStatus newStatus) {
        return new PlanGoal(id, candidateId, description, newStatus, targetDate, placementId, period, plannedHours,
                activities, outcome, outcomeOn);
    }

    /**
     * The goal ended with {@code result} on {@code day}; the status follows (gehaald is bereikt, the rest stop in
     * this half year: "vervolg nodig" goes on as a new goal in the next plan).
     */
    public PlanGoal endedWith(GoalOutcome result, LocalDate day) {
        Require.nonNull(result, "result");
        GoalStatus after = result == GoalOutcome.GEHAALD ? GoalStatus.BEREIKT : GoalStatus.GESTOPT;
        return new PlanGoal(id, candidateId, description, after, targetDate, placementId, period, plannedHours,
                activities, result, day);
    }

    /** The same goal with new words, hours, activities and target; placement, period and outcome stay. */
    public PlanGoal corrected(String newDescription, LocalDate newTarget, Double newHours,
                              Set<CoachingActivity> newActivities) {
        return new PlanGoal(id, candidateId, newDescription, status, newTarget, placementId, period, newHours,
                newActivities, outcome, outcomeOn);
    }
}
