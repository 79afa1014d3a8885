package nl.werkmap.domain;

/** Why a planned appointment did not take place; optional. */
public enum MissedReason {
    AFGEZEGD_DOOR_KANDIDAAT,
    AFGEZEGD_DOOR_WERKGEVER,
    AFGEZEGD_DOOR_COACH,
    NIET_VERSCHENEN,
    OVERIG
}
