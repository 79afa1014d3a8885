package nl.werkmap.domain.match;

/** The points a match is judged on, each shown with its own verdict and reason (never folded into one score). */
public enum Criterium {
    UREN,
    BESCHIKBAARHEID,
    REISTIJD,
    RIJBEWIJS,
    SECTOR,
    BEROEP,
    TAKEN_EN_VAARDIGHEDEN,
    ONDERSTEUNING,
    OPLEIDINGSNIVEAU
}
