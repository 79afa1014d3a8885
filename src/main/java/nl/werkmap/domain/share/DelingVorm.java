package nl.werkmap.domain.share;

/**
 * The two forms of the employer's view of a candidate: anonymous (for the werkgeversservicepunt: region, age band
 * and the work-relevant parts of the profile) and named (only with the candidate's consent for that employer).
 */
public enum DelingVorm {
    ANONIEM,
    BENOEMD
}
