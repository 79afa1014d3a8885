package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.jooq.Tables;

/** The candidate's plan: goals, and the agreed actions (from a goal or as follow-up of a session). */
public final class PlanRepository {

    private final TableAccess<PlanGoal> goals;
    private final TableAccess<PlanAction> actions;

    public PlanRepository(StoreContext context) {
        this.goals = new TableAccess<>(context, PlanMapping.GOALS);
        this.actions = new TableAccess<>(context, PlanMapping.ACTIONS);
    }

    public SaveOutcome saveGoal(PlanGoal goal) {
        return goals.save(goal);
    }

    public SaveOutcome saveAction(PlanAction action) {
        return actions.save(action);
    }

    public void insertGoals(List<PlanGoal> values) {
        goals.insertAll(values);
    }

    public void insertActions(List<PlanAction> values) {
        actions.insertAll(values);
    }

    public Optional<PlanGoal> findGoal(UUID id) {
        return goals.find(id);
    }

    public Optional<PlanAction> findAction(UUID id) {
        return actions.find(id);
    }

    /** A candidate's goals, by target date (goals without one last). */
    public List<PlanGoal> goalsOf(UUID candidateId) {
        return goals.findBy("candidate_id", candidateId, Tables.PLAN_GOAL.TARGET_DATE.asc().nullsLast());
    }

    /**
     * The coachingsplan of one placement and half year: its main goals (at most three), in the order they were
     * planned by target date. The verantwoordingsrapportage reads the goals and their outcomes from here.
     */
    public List<PlanGoal> coachingsplan(UUID placementId, HalfYear period) {
        return goals.findBy("placement_id", placementId, Tables.PLAN_GOAL.TARGET_DATE.asc().nullsLast()).stream()
                .filter(g -> period.equals(g.period())).toList();
    }

    /** A candidate's actions, by due date (actions without one last). */
    public List<PlanAction> actionsOf(UUID candidateId) {
        return actions.findBy("candidate_id", candidateId, Tables.PLAN_ACTION.DUE_DATE.asc().nullsLast());
    }

    public boolean tombstoneGoal(UUID id) {
        return goals.tombstone(id);
    }

    public boolean tombstoneAction(UUID id) {
        return actions.tombstone(id);
    }
}
