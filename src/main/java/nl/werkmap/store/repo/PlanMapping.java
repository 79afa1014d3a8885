package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.GoalOutcome;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The plan tables: the goal and action texts are the candidate's story, so they are sealed. A coachingsplan goal's
 * placement, half year, planned hours, activities and outcome (V33) are plain: the hour overviews and the
 * verantwoordingsrapportage read them.
 */
public final class PlanMapping {

    public static final EntityTable<PlanGoal> GOALS = new EntityTable<>(Tables.PLAN_GOAL, PlanGoal::id, List.of(
            plain("candidate_id", PlanGoal::candidateId),
            sealed("description", PlanGoal::description),
            plain("status", PlanGoal::status),
            plain("target_date", PlanGoal::targetDate),
            plain("placement_id", PlanGoal::placementId),
            plain("period", g -> g.period() == null ? null : g.period().toString()),
            plain("planned_hours", PlanGoal::plannedHours),
            plain("activities", PlanGoal::activities),
            plain("outcome", PlanGoal::outcome),
            plain("outcome_on", PlanGoal::outcomeOn)),
            r -> new PlanGoal(r.id(), r.uuid("candidate_id"), r.opened("description"),
                    r.enumValue("status", GoalStatus.class), r.date("target_date"), r.uuid("placement_id"),
                    HalfYear.parse(r.text("period")), r.decimal("planned_hours"),
                    r.enumSet("activities", CoachingActivity.class), r.enumValue("outcome", GoalOutcome.class),
                    r.date("outcome_on")));

    public static final EntityTable<PlanAction> ACTIONS = new EntityTable<>(Tables.PLAN_ACTION, PlanAction::id,
            List.of(
                    plain("candidate_id", PlanAction::candidateId),
                    plain("goal_id", PlanAction::goalId),
                    plain("session_id", PlanAction::sessionId),
                    sealed("description", PlanAction::description),
                    plain("owner", PlanAction::owner),
                    plain("due_date", PlanAction::dueDate),
                    plain("done_on", PlanAction::doneOn)),
            r -> new PlanAction(r.id(), r.uuid("candidate_id"), r.uuid("goal_id"), r.uuid("session_id"),
                    r.opened("description"), r.enumValue("owner", ActionOwner.class), r.date("due_date"),
                    r.date("done_on")));

    private PlanMapping() {
    }
}
