package nl.werkmap.domain.match;

/**
 * The verdict on one criterion. {@link #ONBEKEND}: the profile or the baankans does not say, so nobody can tell; it
 * is shown as such, so a missing opleidingsniveau is visible instead of passing or failing unseen.
 */
public enum Fit {
    PAST,
    DEELS,
    PAST_NIET,
    ONBEKEND
}
