package nl.werkmap.domain.profile;

/**
 * A support need written as what it means at work, never as a diagnosis ("korte instructies", "vaste werkplek").
 * The same list describes what a workplace offers, so need and offer can be matched point by point.
 */
public enum Werkgevolg {
    KORTE_INSTRUCTIES,
    VISUELE_INSTRUCTIES,
    VASTE_WERKPLEK,
    VASTE_COLLEGA_BUDDY,
    RUSTIGE_WERKOMGEVING,
    VASTE_WERKTIJDEN,
    DUIDELIJKE_DAGSTRUCTUUR,
    EXTRA_PAUZES,
    GEEN_TIJDSDRUK,
    AANGEPASTE_WERKPLEK,
    INWERKTIJD_LANGER
}
