package nl.werkmap.domain.validation;

/**
 * The burgerservicenummer: normalising what a coach types, the 11-proef, and masking for display. A BSN may only be
 * processed with a legal basis and is never shown in full by default.
 */
public final class Bsn {
    private static final int LENGTH = 9;
    private static final String MASK = "•••••";

    private Bsn() {
    }

    /** Strips spaces, dots and hyphens, as people write "1234.56.782" or "123 456 782". Null stays null. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.replaceAll("[\\s.\\-]", "");
    }

    /** Nine digits after normalising (the 11-proef is checked separately). */
    public static boolean hasValidFormat(String raw) {
        String bsn = normalise(raw);
        return bsn != null && bsn.length() == LENGTH && bsn.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The 11-proef: digits weighted 9, 8, ..., 2 and the last -1; the sum must be divisible by 11. All zeros passes
     * the arithmetic but is not a BSN.
     */
    public static boolean passesElfproef(String raw) {
        if (!hasValidFormat(raw)) {
            return false;
        }
        String bsn = normalise(raw);
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (LENGTH - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(LENGTH - 1) - '0';
        return sum % 11 == 0 && !bsn.equals("000000000");
    }

    public static boolean isValid(String raw) {
        return passesElfproef(raw);
    }

    /** "•••••6782": only the last four digits, enough to tell two people apart at a glance. */
    public static String mask(String raw) {
        String bsn = normalise(raw);
        if (bsn == null || bsn.isEmpty()) {
            return "";
        }
        return MASK + bsn.substring(Math.max(0, bsn.length() - 4));
    }
}
