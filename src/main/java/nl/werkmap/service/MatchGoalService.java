package nl.werkmap.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.match.Criterium;
import nl.werkmap.domain.match.Uitleg;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.repo.CandidateMapping;
import nl.werkmap.store.repo.PlanMapping;

/**
 * Turns a point of a match that does not fit, and can be coached, into a goal in the candidate's plan with one
 * action: one plan_goal row (status open, a target date three months out), written with its change-log entry in
 * one transaction. The words of the goal come from the screen, in the coach's language; the same open goal is
 * never added twice, so a double click gives one goal.
 */
public final class MatchGoalService {

    /** Refusal: this point fits, or is not one the candidate can be coached on (sector, occupation, support). */
    public static final String NOT_COACHABLE = "validation.matchGoal.notCoachable";
    /** Refusal: the candidate is not (or no longer) in the caseload. */
    public static final String NO_CANDIDATE = "validation.matchGoal.noCandidate";

    /** A first step on travel, hours or a task is worth checking after about three months. */
    static final int MONTHS_TO_TARGET = 3;

    private final Supplier<CaseloadStore> store;
    private final Clock clock;

    public MatchGoalService(Supplier<CaseloadStore> store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Adds the goal (or finds the same open one) and returns it. */
    public PlanGoal addGoal(UUID candidateId, Uitleg point, String description) {
        Objects.requireNonNull(point);
        if (!Criterium.becomesGoal(point)) {
            throw new RefusedException(List.of(new ValidationProblem("criterium", NOT_COACHABLE)));
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A goal needs words");
        }
        return store.get().inTransaction(tx -> {
            if (tx.find(CandidateMapping.TABLE, candidateId).isEmpty()) {
                throw new RefusedException(List.of(new ValidationProblem("candidate", NO_CANDIDATE)));
            }
            for (PlanGoal goal : tx.findBy(PlanMapping.GOALS, "candidate_id", candidateId)) {
                if (description.strip().equals(goal.description()) && open(goal.status())) {
                    return goal;
                }
            }
            PlanGoal goal = new PlanGoal(RecordIds.next(), candidateId, description.strip(), GoalStatus.OPEN,
                    LocalDate.now(clock).plusMonths(MONTHS_TO_TARGET));
            tx.save(PlanMapping.GOALS, goal);
            return goal;
        });
    }

    private static boolean open(GoalStatus status) {
        return status == null || status == GoalStatus.OPEN || status == GoalStatus.BEZIG;
    }
}
