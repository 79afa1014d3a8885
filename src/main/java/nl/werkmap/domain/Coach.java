package nl.werkmap.domain;

import java.util.UUID;

/**
 * A staff member who carries a caseload (or leads a team). Not a client: the name stays plain so team figures can
 * be grouped per coach.
 *
 * @param caseloadTarget the number of candidates this coach is meant to carry, null if not set
 */
public record Coach(UUID id, String name, CoachRole role, String team, Integer caseloadTarget) {
    public Coach {
        Require.nonNull(id, "id");
        caseloadTarget = Require.nonNegative(caseloadTarget, "caseloadTarget");
    }
}
