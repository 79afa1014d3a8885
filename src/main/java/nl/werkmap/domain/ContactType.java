package nl.werkmap.domain;

/**
 * How the coach was in contact, for the logboek. It follows from where the session took place, so the coach enters
 * it once (as the location) and the logboek and the reports read it from there.
 */
public enum ContactType {
    PERSOONLIJK,
    TELEFONISCH,
    VIDEO;

    public static ContactType of(SessionLocation location) {
        if (location == null) {
            return null;
        }
        return switch (location) {
            case TELEFONISCH -> TELEFONISCH;
            case VIDEO -> VIDEO;
            case WERKPLEK, SCHOOL, THUIS, KANTOOR -> PERSOONLIJK;
        };
    }
}
