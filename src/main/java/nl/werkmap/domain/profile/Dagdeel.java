package nl.werkmap.domain.profile;

/** Part of the day someone can work; a baankans asks for the same parts. */
public enum Dagdeel {
    OCHTEND,
    MIDDAG,
    AVOND,
    NACHT
}
