package nl.werkmap.domain.validation;

import java.util.regex.Pattern;

/**
 * Plausibility of e-mail addresses: something before one @, a domain with a dot and a top-level domain of two or
 * more letters, no spaces. Deliberately looser than RFC 5322: it catches typing errors, not exotic addresses.
 */
public final class EmailAddress {
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,}");

    private EmailAddress() {
    }

    /** Trims surrounding spaces. Null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip();
    }

    public static boolean isPlausible(String raw) {
        String email = normalise(raw);
        return email != null && PLAUSIBLE.matcher(email).matches();
    }
}
