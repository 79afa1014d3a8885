package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreed action: part of a plan goal ({@code goalId}) or a follow-up of a session ({@code sessionId}); either
 * may be null.
 *
 * @param doneOn the day the action was done, null while open
 */
public record PlanAction(
        UUID id,
        UUID candidateId,
        UUID goalId,
        UUID sessionId,
        String description,
        ActionOwner owner,
        LocalDate dueDate,
        LocalDate doneOn) {

    public PlanAction {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public PlanAction doneOn(LocalDate day) {
        return new PlanAction(id, candidateId, goalId, sessionId, description, owner, dueDate, day);
    }
}
