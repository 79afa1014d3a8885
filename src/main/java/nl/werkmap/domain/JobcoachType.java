package nl.werkmap.domain;

/** Who provides the jobcoaching: an organisation recognised by UWV, the employer itself, or the municipality. */
public enum JobcoachType {
    EXTERN_UWV,
    INTERN,
    GEMEENTE
}
