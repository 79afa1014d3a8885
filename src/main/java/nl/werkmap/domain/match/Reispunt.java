package nl.werkmap.domain.match;

/**
 * One end of a journey as far as Werkmap knows it: a postcode (the first four digits count) and a place name, either
 * of which may be missing. The postcode is tried first; the place stands in when the postcode is unknown.
 */
public record Reispunt(String postcode, String place) {

    /** The four-digit area of the postcode ("3511 AB" gives "3511"), or null when there is none. */
    public String pc4() {
        if (postcode == null) {
            return null;
        }
        // Plain loop, no stream: ranking 150,000 candidates asks this once per candidate.
        String digits = postcode.strip();
        if (digits.length() < 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return null;
            }
        }
        return digits.substring(0, 4);
    }
}
