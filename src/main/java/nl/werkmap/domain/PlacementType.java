package nl.werkmap.domain;

/** Kind of placement at an employer; see the banen rules for which kinds count as a baan. */
public enum PlacementType {
    PROEFPLAATSING,
    DIENSTVERBAND,
    DETACHERING,
    UITZEND,
    BESCHUT_WERK,
    LEERWERKPLEK_STAGE,
    VRIJWILLIGERSWERK
}
