package nl.werkmap.domain;

/** Role of a contact person at the employer around a placement. */
public enum ContactRole {
    BUDDY,
    LEIDINGGEVENDE,
    HR,
    COLLEGA,
    INTERNE_JOBCOACH
}
