package nl.werkmap.domain;

/** Purposes a candidate can give or refuse consent for (AVG). */
public enum ConsentPurpose {
    PROFIEL_AAN_WERKGEVER,
    UITWISSELING_UWV,
    CONTACT_MET_SCHOOL
}
