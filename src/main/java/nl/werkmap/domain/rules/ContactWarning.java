package nl.werkmap.domain.rules;

/**
 * A candidate at risk of getting "out of view". Message keys: {@code contact.warning.<kind>}.
 *
 * @param kind             never seen, or seen too long ago
 * @param daysWithoutContact days since the last contact, or since registration for someone never seen (0 if the
 *                           registration date is unknown)
 */
public record ContactWarning(Kind kind, long daysWithoutContact) {
    public enum Kind {
        NOOIT_GEZIEN,
        TE_LANG_GEEN_CONTACT
    }

    public ContactWarning {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
    }

    public String messageKey() {
        return "contact.warning." + kind.name();
    }
}
