package nl.werkmap.domain;

/** Banenafspraak sector of an employer; the targets are split between market and government. */
public enum EmployerSector {
    MARKT,
    OVERHEID
}
