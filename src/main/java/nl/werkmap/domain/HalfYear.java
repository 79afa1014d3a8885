package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar half year, the period jobcoach hours are granted and accounted for: H1 is 1 January to 30 June, H2 is
 * 1 July to 31 December. Written as "2026-H1", the form the reports and the command line use.
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-H([12])");

    public HalfYear {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half is 1 or 2, was " + half);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Parses "2026-H1"; null for anything else. */
    public static HalfYear parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        return m.matches() ? new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    /** The half year {@code day} falls in. */
    public static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** The last day (inclusive). */
    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    @Override
    public int compareTo(HalfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
