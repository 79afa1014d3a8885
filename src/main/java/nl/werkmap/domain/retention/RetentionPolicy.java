package nl.werkmap.domain.retention;

/**
 * The retention periods in force: {@code years} after the end of the trajectory for a re-integration file, and
 * {@code uwvYears} for a candidate whose jobcoaching UWV funded, which may never exceed {@value #UWV_MAXIMUM} years
 * (UWV Erkenningskader; see JOBCOACHING.md §3). Set by IT in the machine-wide configuration and at the hub.
 */
public record RetentionPolicy(int years, int uwvYears) {

    /** Re-integration files: typically kept 5 years after the trajectory ends (VNG Selectielijst). */
    public static final int DEFAULT_YEARS = 5;
    /** UWV-funded jobcoaching: at most 10 years. */
    public static final int UWV_MAXIMUM = 10;
    /** Municipal bijstand files are 10 years; nothing a caseload tool keeps needs longer than twice that. */
    public static final int MAXIMUM_YEARS = 20;

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(DEFAULT_YEARS, DEFAULT_YEARS);

    public RetentionPolicy {
        if (years < 1 || years > MAXIMUM_YEARS) {
            throw new IllegalArgumentException("De bewaartermijn moet tussen 1 en " + MAXIMUM_YEARS
                    + " jaar liggen, niet " + years + ".");
        }
        if (uwvYears < 1 || uwvYears > UWV_MAXIMUM) {
            throw new IllegalArgumentException("De bewaartermijn voor jobcoaching die UWV betaalt moet tussen 1 en "
                    + UWV_MAXIMUM + " jaar liggen, niet " + uwvYears + ".");
        }
    }
}
