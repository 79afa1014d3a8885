package nl.werkmap.domain.profile;

/** How someone can travel to work on their own. */
public enum Vervoer {
    LOPEN,
    FIETS,
    BROMFIETS,
    OV,
    AUTO,
    VERVOER_GEREGELD
}
