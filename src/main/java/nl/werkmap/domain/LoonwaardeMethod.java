package nl.werkmap.domain;

/**
 * How a loonwaarde was measured: one of the validated methods a municipality uses, UWV's arbeidsdeskundige, or
 * another way (the assessor field then says who).
 */
public enum LoonwaardeMethod {
    DARIUZ,
    LOONWAARDE_PLUS,
    UWV_ARBEIDSDESKUNDIGE,
    GEMEENTE,
    ANDERS
}
