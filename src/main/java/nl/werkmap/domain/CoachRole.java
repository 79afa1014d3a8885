package nl.werkmap.domain;

/** Role of a staff member in the team. */
public enum CoachRole {
    JOBCOACH,
    WERKCOACH,
    TEAMLEIDER
}
