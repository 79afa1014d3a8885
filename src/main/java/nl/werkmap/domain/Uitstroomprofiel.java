package nl.werkmap.domain;

/** The VSO exit profile a pupil follows. */
public enum Uitstroomprofiel {
    VERVOLGONDERWIJS,
    ARBEIDSMARKT,
    DAGBESTEDING
}
