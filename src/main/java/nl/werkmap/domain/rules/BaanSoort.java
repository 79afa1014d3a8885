package nl.werkmap.domain.rules;

/**
 * How a counted job is reported: regular employment at the employer, or inleen, where the person works at an
 * inlener through a detacheerder or uitzendbureau (and counts at the inlener).
 */
public enum BaanSoort {
    DIENSTVERBAND,
    INLEEN
}
