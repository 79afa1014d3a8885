package nl.werkmap.domain.validation;

/**
 * Plausibility of phone numbers: a Dutch number of 10 digits starting with 0 ("06 12345678", "010-1234567"), the
 * same with +31 or 0031 instead of the 0, or another international number of 8 to 15 digits after the +. This only
 * catches typing errors; it cannot tell whether a number is in use.
 */
public final class PhoneNumber {
    private PhoneNumber() {
    }

    /** Strips spaces, hyphens, dots, slashes and parentheses. Null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s\\-./()]", "");
    }

    public static boolean isPlausible(String raw) {
        String phone = normalise(raw);
        if (phone == null || phone.isEmpty()) {
            return false;
        }
        if (phone.startsWith("0031")) {
            return phone.matches("0031[1-9][0-9]{8}");
        }
        if (phone.startsWith("+31")) {
            return phone.matches("\\+31[1-9][0-9]{8}");
        }
        if (phone.startsWith("+")) {
            return phone.matches("\\+[1-9][0-9]{7,14}");
        }
        return phone.matches("0[1-9][0-9]{8}");
    }
}
