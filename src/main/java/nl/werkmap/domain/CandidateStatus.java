package nl.werkmap.domain;

/** Where the candidate stands in the trajectory, from registration to leaving the caseload. */
public enum CandidateStatus {
    AANMELDING,
    INTAKE,
    ACTIEF_TRAJECT,
    GEPLAATST,
    NAZORG,
    TIJDELIJK_NIET_BESCHIKBAAR,
    UITGESTROOMD,
    UIT_BEELD
}
