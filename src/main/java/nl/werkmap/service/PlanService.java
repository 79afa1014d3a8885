package nl.werkmap.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.GoalOutcome;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.validation.CoachingsplanRules;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.StoreException;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.repo.PlacementMapping;
import nl.werkmap.store.repo.PlanMapping;
import nl.werkmap.store.repo.RecordTransaction;

/**
 * The coachingsplan per half year: creating and correcting a goal, ending it with its outcome, undoing that, and
 * deleting it. One transaction per action, change-logged; the limits ({@link CoachingsplanRules}: three main goals
 * per half year and placement, planned hours, the outcome at the end of the period) are checked inside the
 * transaction against what is stored, so two quick saves cannot both slip past the limit. Refused with
 * {@link RefusedException}: nothing written.
 */
public final class PlanService {

    private final Supplier<CaseloadStore> store;
    private final Clock clock;
    private final WriteStep step;

    public PlanService(Supplier<CaseloadStore> store, Clock clock) {
        this(store, clock, WriteStep.NONE);
    }

    PlanService(Supplier<CaseloadStore> store, Clock clock, WriteStep step) {
        this.store = store;
        this.clock = clock;
        this.step = step;
    }

    /** Saves a new goal or a correction of one (same id). */
    public SaveOutcome saveGoal(PlanGoal goal) {
        return store.get().inTransaction(tx -> write(tx, goal));
    }

    /**
     * Ends the goal with its outcome, today. Returns the goal as it was before, for the undo.
     *
     * @throws RefusedException when the goal already has an outcome or its half year is not near its end yet
     */
    public PlanGoal endGoal(UUID goalId, GoalOutcome outcome) {
        LocalDate today = LocalDate.now(clock);
        return store.get().inTransaction(tx -> {
            PlanGoal before = stored(tx, goalId);
            if (before.isEnded()) {
                throw new RefusedException(List.of(new ValidationProblem(CoachingsplanRules.OUTCOME,
                        CoachingsplanRules.ENDED)));
            }
            write(tx, before.endedWith(outcome, today));
            return before;
        });
    }

    /** Puts a goal back exactly as it was (the undo of an end, a correction or a delete); checked again. */
    public SaveOutcome restoreGoal(PlanGoal before) {
        return saveGoal(before);
    }

    /** Deletes the goal (a tombstone that syncs); the undo is {@link #restoreGoal}. */
    public boolean deleteGoal(UUID goalId) {
        return store.get().inTransaction(tx -> tx.tombstone(PlanMapping.GOALS, goalId));
    }

    private SaveOutcome write(RecordTransaction tx, PlanGoal goal) {
        List<PlanGoal> others = tx.findBy(PlanMapping.GOALS, "candidate_id", goal.candidateId(),
                Tables.PLAN_GOAL.TARGET_DATE.asc());
        List<ValidationProblem> problems = new ArrayList<>(CoachingsplanRules.validate(goal, others));
        if (goal.isMainGoal() && goal.placementId() != null) {
            Placement placement = tx.find(PlacementMapping.TABLE, goal.placementId()).orElseThrow(
                    () -> new StoreException("Deze plaatsing bestaat niet meer (misschien verwijderd op een ander "
                            + "apparaat). Open de kandidaat opnieuw."));
            if (!placement.candidateId().equals(goal.candidateId())) {
                throw new IllegalArgumentException("doel en plaatsing horen bij verschillende kandidaten");
            }
            if (!CoachingsplanRules.placementCovers(goal, placement.start(), placement.actualEnd())) {
                problems.add(new ValidationProblem(CoachingsplanRules.PERIOD,
                        CoachingsplanRules.PLACEMENT_OUTSIDE_PERIOD));
            }
        }
        RefusedException.throwIfAny(problems);
        step.before("plan_goal");
        return tx.save(PlanMapping.GOALS, goal);
    }

    private static PlanGoal stored(RecordTransaction tx, UUID goalId) {
        return tx.find(PlanMapping.GOALS, goalId).orElseThrow(() -> new StoreException(
                "Dit doel bestaat niet meer (misschien verwijderd op een ander apparaat). Open de kandidaat opnieuw."));
    }
}
