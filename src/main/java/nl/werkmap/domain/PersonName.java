package nl.werkmap.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a candidate is named in lists and pickers: the roepnaam with the achternaam ("Fat Yilmaz", not "Fat"), so a
 * note never lands on the wrong Fatima, plus a second cue: the birth year, or the school for a pupil.
 */
public final class PersonName {

    /** Dutch and common Arabic/Turkish surname prefixes that belong to the achternaam ("van den Berg", "El Amrani"). */
    private static final Set<String> PREFIXES = Set.of("van", "de", "der", "den", "het", "ten", "ter", "te", "op",
            "in", "'t", "t'", "d'", "el", "al", "la", "le", "da", "di", "du", "von", "zu", "bin", "ben", "ibn", "abu");

    /** Compiled once: {@code String.split("\\s+")} compiles it again on every call, for every row of a list. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PersonName() {
    }

    /**
     * The roepnaam followed by the achternaam taken from the full name; the full name alone when there is no roepnaam
     * or the full name already starts with it as a whole word ("Sanne de Jong" for Sanne, "Fat Yilmaz" for Fat).
     */
    public static String listName(String fullName, String roepnaam) {
        String full = fullName == null ? "" : fullName.strip();
        if (roepnaam == null || roepnaam.isBlank()) {
            return full;
        }
        String roep = roepnaam.strip();
        if (full.isEmpty()) {
            return roep;
        }
        String lowerFull = full.toLowerCase(Locale.ROOT) + " ";
        if (lowerFull.startsWith(roep.toLowerCase(Locale.ROOT) + " ")) {
            return full;
        }
        String surname = surname(full);
        if (surname.isEmpty() || roep.toLowerCase(Locale.ROOT).endsWith(surname.toLowerCase(Locale.ROOT))) {
            return roep;
        }
        return roep + " " + surname;
    }

    /** The achternaam: the last word with the prefixes before it; empty for a one-word name. */
    static String surname(String fullName) {
        String[] words = WHITESPACE.split(fullName.strip());
        if (words.length < 2) {
            return "";
        }
        int first = words.length - 1;
        while (first > 1 && PREFIXES.contains(words[first - 1].toLowerCase(Locale.ROOT))) {
            first--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    /** The second cue: the school for a pupil, else the birth year; empty if neither is known. */
    public static String cue(String schoolName, java.time.LocalDate birthDate) {
        if (schoolName != null && !schoolName.isBlank()) {
            return schoolName.strip();
        }
        return birthDate == null ? "" : String.valueOf(birthDate.getYear());
    }
}
