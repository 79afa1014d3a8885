package nl.werkmap.domain;

/** The benefit (uitkering) the candidate lives on, if any. */
public enum Benefit {
    PARTICIPATIEWET,
    WAJONG,
    WW,
    WIA,
    GEEN,
    ANDERS
}
