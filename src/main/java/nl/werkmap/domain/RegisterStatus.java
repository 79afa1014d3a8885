package nl.werkmap.domain;

/** Whether the candidate is listed in UWV's doelgroepregister (banenafspraak); only {@link #JA} counts for banen. */
public enum RegisterStatus {
    JA,
    NEE,
    AANGEVRAAGD,
    ONBEKEND
}
