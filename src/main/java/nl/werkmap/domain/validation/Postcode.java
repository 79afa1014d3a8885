package nl.werkmap.domain.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dutch postcodes: four digits (not starting with 0) and two letters, written "1234 AB". PostNL does not use the
 * letter pairs SA, SD and SS.
 */
public final class Postcode {
    private static final Pattern COMPACT = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    private Postcode() {
    }

    /**
     * Upper case, no spaces, then one space between digits and letters if the shape fits: "1234ab" and " 1234  AB"
     * become "1234 AB". Input that does not look like a postcode is only trimmed and upper-cased. Applying it twice
     * gives the same result. Null stays null.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (compact.length() == 6 && compact.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return compact.substring(0, 4) + " " + compact.substring(4);
        }
        return raw.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String compact = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!COMPACT.matcher(compact).matches()) {
            return false;
        }
        String letters = compact.substring(4);
        return !letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS");
    }
}
