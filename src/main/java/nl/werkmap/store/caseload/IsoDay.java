package nl.werkmap.store.caseload;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads stored days ("2026-12-05") and the day of stored moments ("2026-12-05T09:30"). The caseload list reads up to
 * five such values per candidate; {@link LocalDate#parse} builds a parser state with two hash maps for each, which at
 * 150,000 candidates was a large share of the list's CPU and most of its garbage. Values are written by
 * {@link LocalDate#toString}, so the digits are read directly; anything else (a year beyond 9999, a stray character,
 * a 31 April) goes to {@link LocalDate#parse}, which reads or refuses it exactly as before.
 */
public final class IsoDay {

    private IsoDay() {
    }

    /** The day {@code text} names, as {@code LocalDate.parse(text)}; null for null. */
    public static LocalDate of(String text) {
        if (text == null) {
            return null;
        }
        LocalDate day = text.length() == 10 ? quick(text) : null;
        return day != null ? day : LocalDate.parse(text);
    }

    /** The day a moment falls on, as {@code LocalDate.parse(text.substring(0, 10))}; null for null. */
    static LocalDate ofMoment(String text) {
        if (text == null) {
            return null;
        }
        LocalDate day = text.length() >= 10 ? quick(text) : null;
        return day != null ? day : LocalDate.parse(text.substring(0, 10));
    }

    /** The day in the first ten characters when they are plain yyyy-MM-dd of a real day; else null. */
    private static LocalDate quick(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            // Not a real day: LocalDate.parse refuses it with its own message, as before.
            return null;
        }
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}; -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
