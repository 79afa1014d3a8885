package nl.werkmap.domain;

/**
 * Why a placement ended. The coach's list, in the order the end form shows it: overgegaan in contract, einde
 * contract ({@link #CONTRACT_AFGELOPEN}), ontslag ({@link #ONTSLAG_DOOR_WERKGEVER}), eigen keuze
 * ({@link #ONTSLAG_DOOR_KANDIDAAT}), ziekte, verhuizing, overig ({@link #ANDERS}); then the two older reasons that
 * stored records may carry. Constant names are stored, so they never change.
 */
public enum PlacementEndReason {
    OVERGEGAAN_IN_CONTRACT,
    CONTRACT_AFGELOPEN,
    ONTSLAG_DOOR_WERKGEVER,
    ONTSLAG_DOOR_KANDIDAAT,
    ZIEKTE,
    VERHUIZING,
    ANDERS,
    GEEN_CONTRACT_NA_PROEFPLAATSING,
    DOORGESTROOMD
}
