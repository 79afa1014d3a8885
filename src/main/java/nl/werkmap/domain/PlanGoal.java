package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A goal in the candidate's plan, in the candidate's own words where possible. */
public record PlanGoal(UUID id, UUID candidateId, String description, GoalStatus status, LocalDate targetDate) {
    public PlanGoal {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
    }

    public PlanGoal withStatus(GoalStatus newStatus) {
        return new PlanGoal(id, candidateId, description, newStatus, targetDate);
    }
}
