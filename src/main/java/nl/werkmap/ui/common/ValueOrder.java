package nl.werkmap.ui.common;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the text of a table cell by the value it shows, so a click on a column header sorts dates as dates and
 * numbers as numbers: "2-5-2025" before "1-6-2026", "275 dagen" before "1.022 dagen", "9%" before "85%". Every
 * {@link Columns#text} column uses it, so the many small lists need no comparator of their own. It reads what the
 * screens print: Dutch dates (d-M-yyyy, with an optional time), English short dates (M/d/yy), and numbers with
 * Dutch or English separators followed by a unit. Anything else sorts as text, after all dates and numbers; empty
 * cells come last.
 */
public final class ValueOrder implements Comparator<String> {

    /** The one instance; it holds no state besides the collator, which is safe for comparing. */
    public static final ValueOrder INSTANCE = new ValueOrder();

    private static final Pattern DUTCH_DATE = Pattern.compile("^(\\d{1,2})-(\\d{1,2})-(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2}))?");
    private static final Pattern ENGLISH_DATE =
            Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2,4})(?:,?\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])?)?");
    private static final Pattern NUMBER = Pattern.compile("^([-+\u2212]?)(\\d[\\d.,]*)");

    private final Collator collator;

    private ValueOrder() {
        collator = Collator.getInstance(Locale.forLanguageTag("nl"));
        collator.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(String a, String b) {
        Key x = key(a);
        Key y = key(b);
        if (x.rank != y.rank) {
            return Integer.compare(x.rank, y.rank);
        }
        if (x.rank == Key.TEXT) {
            return collator.compare(x.text, y.text);
        }
        int byValue = Double.compare(x.value, y.value);
        return byValue != 0 ? byValue : collator.compare(x.text, y.text);
    }

    /** What a cell shows, reduced to something that sorts: a date (minutes since 1970), a number, or text. */
    record Key(int rank, double value, String text) {
        static final int DATE = 0;
        static final int NUMBER = 1;
        static final int TEXT = 2;
        static final int EMPTY = 3;
    }

    static Key key(String shown) {
        String s = shown == null ? "" : shown.strip();
        if (s.isEmpty()) {
            return new Key(Key.EMPTY, 0, "");
        }
        Matcher m = DUTCH_DATE.matcher(s);
        if (m.find()) {
            Double minutes = minutes(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), null);
            if (minutes != null) {
                return new Key(Key.DATE, minutes, s);
            }
        }
        m = ENGLISH_DATE.matcher(s);
        if (m.find()) {
            Double minutes = minutes(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6));
            if (minutes != null) {
                return new Key(Key.DATE, minutes, s);
            }
        }
        m = NUMBER.matcher(s);
        if (m.find()) {
            Double number = number(m.group(2));
            if (number != null) {
                boolean negative = !m.group(1).isEmpty() && !"+".equals(m.group(1));
                return new Key(Key.NUMBER, negative ? -number : number, s);
            }
        }
        return new Key(Key.TEXT, 0, s);
    }

    private static Double minutes(String year, String month, String day, String hour, String minute, String amPm) {
        try {
            int y = Integer.parseInt(year);
            if (year.length() == 2) {
                y += 2000;
            }
            long days = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toEpochDay();
            int h = hour == null ? 0 : Integer.parseInt(hour) % (amPm == null ? 24 : 12);
            if (amPm != null && amPm.equalsIgnoreCase("pm")) {
                h += 12;
            }
            int min = minute == null ? 0 : Integer.parseInt(minute);
            return (double) (days * 24 * 60 + h * 60L + min);
        } catch (RuntimeException notADate) {
            // 31-2-2026 and the like: not a date after all; the caller tries a number, then text.
            return null;
        }
    }

    /**
     * Reads "1.022", "1,022", "24,5", "24.5", "1.234,5": a separator followed by exactly three digits (and not the
     * last separator before other digits) groups thousands; the last other one is the decimal mark.
     */
    static Double number(String digits) {
        String d = digits.replaceAll("[.,]+$", "");
        int lastDot = d.lastIndexOf('.');
        int lastComma = d.lastIndexOf(',');
        int last = Math.max(lastDot, lastComma);
        String plain;
        if (last < 0) {
            plain = d;
        } else if (lastDot >= 0 && lastComma >= 0) {
            // Both marks: the later one is the decimal mark.
            char decimal = d.charAt(last);
            char group = decimal == ',' ? '.' : ',';
            plain = d.replace(String.valueOf(group), "").replace(decimal, '.');
        } else {
            char mark = d.charAt(last);
            boolean grouping = d.length() - last - 1 == 3 && d.indexOf(mark) >= 1 && !d.startsWith("0");
            int marks = d.length() - d.replace(String.valueOf(mark), "").length();
            plain = grouping || marks > 1 ? d.replace(String.valueOf(mark), "") : d.replace(mark, '.');
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
