package nl.werkmap.domain.profile;

/** The werknemersprofiel's own validation messages, with their stable ResourceBundle keys. */
public enum ProfielMessage {
    /** Not a 4-digit ISCO-08 unit group from the shipped list. */
    OCCUPATION_UNKNOWN("validation.profiel.occupationUnknown"),
    /** Not an SBI 2008 section letter A to U. */
    SECTOR_UNKNOWN("validation.profiel.sectorUnknown"),
    /** Hours a week must lie between 0 and 60. */
    HOURS_RANGE("validation.profiel.hoursRange"),
    /** The most hours a week lies below the fewest. */
    HOURS_MAX_BELOW_MIN("validation.profiel.hoursMaxBelowMin"),
    /** A journey of 0 to 240 minutes one way. */
    TRAVEL_RANGE("validation.profiel.travelRange"),
    /** Not a Dutch postcode like "1234 AB". */
    POSTCODE_FORMAT("validation.postcode.format"),
    /** A year before 1950 or after this year, or an end before the start. */
    EXPERIENCE_YEARS("validation.profiel.experienceYears");

    private final String key;

    ProfielMessage(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
