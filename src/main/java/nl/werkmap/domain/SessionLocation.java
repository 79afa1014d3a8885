package nl.werkmap.domain;

/** Where a coaching session took place. */
public enum SessionLocation {
    WERKPLEK,
    SCHOOL,
    THUIS,
    KANTOOR,
    TELEFONISCH,
    VIDEO
}
