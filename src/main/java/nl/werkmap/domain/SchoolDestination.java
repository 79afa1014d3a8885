package nl.werkmap.domain;

/** Known destination of a school leaver (sluitende aanpak: every leaver has one). */
public enum SchoolDestination {
    REGULIER_WERK,
    BESCHUT_WERK,
    DAGBESTEDING,
    MBO,
    ONBEKEND
}
