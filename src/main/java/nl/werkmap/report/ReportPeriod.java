package nl.werkmap.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.werkmap.domain.DutchDates;

/**
 * The stretch of days a report covers, both ends inclusive. Team leads report per kwartaal, tertiaal (four months),
 * halfjaar or jaar; anything else is a custom range. The label is what a reader sees on the cover, in words: "2e
 * kwartaal 2026", "1e halfjaar 2026", "3e tertiaal 2026", "2026", or "01-01-2026 t/m 31-03-2026" for a custom range
 * (the screens word it in their own language from {@link #kind()}, {@link #part()} and the dates).
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to, String label) {

    /** How the period was chosen; only used for labels and the period picker. */
    public enum Kind { KWARTAAL, TERTIAAL, HALFJAAR, JAAR, VRIJ }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern PART = Pattern.compile("(\\d{4})-([QTH])(\\d)");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("De periode eindigt (" + DutchDates.date(to) + ") vóór het begin ("
                    + DutchDates.date(from) + "). Kies een einddatum na de begindatum.");
        }
    }

    /**
     * Reads "2026", "2026-Q2", "2026-T3", "2026-H1" or "2026-01-01..2026-03-31". The message of the exception
     * says in Dutch which forms are accepted.
     */
    public static ReportPeriod parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        Matcher m = YEAR.matcher(t);
        if (m.matches()) {
            return year(Integer.parseInt(t));
        }
        m = PART.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(3));
            switch (m.group(2)) {
                case "Q":
                    if (n >= 1 && n <= 4) {
                        return quarter(year, n);
                    }
                    break;
                case "T":
                    if (n >= 1 && n <= 3) {
                        return tertiaal(year, n);
                    }
                    break;
                default:
                    if (n >= 1 && n <= 2) {
                        return halfYear(year, n);
                    }
            }
            throw new IllegalArgumentException(unknown(text));
        }
        m = RANGE.matcher(t);
        if (m.matches()) {
            try {
                return custom(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' bevat een datum die niet bestaat. " + forms(), e);
            }
        }
        throw new IllegalArgumentException(unknown(text));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.JAAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    public static ReportPeriod quarter(int year, int q) {
        LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
        return new ReportPeriod(Kind.KWARTAAL, from, from.plusMonths(3).minusDays(1), q + "e kwartaal " + year);
    }

    public static ReportPeriod tertiaal(int year, int t) {
        LocalDate from = LocalDate.of(year, 4 * t - 3, 1);
        return new ReportPeriod(Kind.TERTIAAL, from, from.plusMonths(4).minusDays(1), t + "e tertiaal " + year);
    }

    public static ReportPeriod halfYear(int year, int h) {
        LocalDate from = LocalDate.of(year, 6 * h - 5, 1);
        return new ReportPeriod(Kind.HALFJAAR, from, from.plusMonths(6).minusDays(1), h + "e halfjaar " + year);
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.VRIJ, from, to, DutchDates.range(from, to));
    }

    /** True when {@code day} lies in the period, ends included. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Number of days in the period, ends included. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** Cover text, e.g. "3e tertiaal 2026 (01-09-2026 t/m 31-12-2026)". */
    public String describe() {
        String range = DutchDates.range(from, to);
        return kind == Kind.VRIJ ? range : label + " (" + range + ")";
    }

    /** Which kwartaal (1-4), tertiaal (1-3) or halfjaar (1-2) of its year this is; 0 for a year or a custom range. */
    public int part() {
        int month = from.getMonthValue();
        switch (kind) {
            case KWARTAAL:
                return (month - 1) / 3 + 1;
            case TERTIAAL:
                return (month - 1) / 4 + 1;
            case HALFJAAR:
                return (month - 1) / 6 + 1;
            default:
                return 0;
        }
    }

    private static String unknown(String text) {
        return "'" + text + "' is geen periode die Werkmap kent. " + forms();
    }

    private static String forms() {
        return "Gebruik bijvoorbeeld 2026 (jaar), 2026-Q2 (kwartaal), 2026-T3 (tertiaal), 2026-H1 (halfjaar) "
                + "of 2026-01-01..2026-03-31 (eigen begin en eind).";
    }
}
