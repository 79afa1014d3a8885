package nl.werkmap.domain;

/** Why a placement ended. */
public enum PlacementEndReason {
    OVERGEGAAN_IN_CONTRACT,
    CONTRACT_AFGELOPEN,
    GEEN_CONTRACT_NA_PROEFPLAATSING,
    ONTSLAG_DOOR_WERKGEVER,
    ONTSLAG_DOOR_KANDIDAAT,
    DOORGESTROOMD,
    ZIEKTE,
    ANDERS
}
