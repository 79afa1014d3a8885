package nl.werkmap.domain;

/** Progress of a goal in the candidate's plan. */
public enum GoalStatus {
    OPEN,
    BEZIG,
    BEREIKT,
    GESTOPT
}
