package nl.werkmap.report.table;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.report.table.SmallCellPolicy.Mark;

/**
 * One published value of a report table, already past the {@link SmallCellPolicy}: a hidden count carries no
 * number at all, so no exporter can leak it by accident.
 */
public final class ReportCell {

    /** What the value is; exporters pick number formats by it. */
    public enum Kind { TEXT, COUNT, DECIMAL, PERCENT, DATE, HIDDEN_SMALL, HIDDEN_COMPLEMENT, EMPTY }

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** Looked up once: per cell it was most of a PDF export. Never changed; DecimalFormat takes a copy. */
    private static final DecimalFormatSymbols DUTCH_SYMBOLS = DecimalFormatSymbols.getInstance(DUTCH);
    private static final ReportCell EMPTY = new ReportCell(Kind.EMPTY, "", 0, 0, null);

    private final Kind kind;
    private final String text;
    private final double number;
    private final int decimals;
    private final LocalDate date;

    private ReportCell(Kind kind, String text, double number, int decimals, LocalDate date) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.decimals = decimals;
        this.date = date;
    }

    public static ReportCell text(String text) {
        return new ReportCell(Kind.TEXT, text == null ? "" : text, 0, 0, null);
    }

    /** A count as the policy allows it: "&lt;5" for 1..4. */
    public static ReportCell count(long n) {
        return count(n, SmallCellPolicy.single(n));
    }

    public static ReportCell count(long n, Mark mark) {
        switch (mark) {
            case SMALL:
                return new ReportCell(Kind.HIDDEN_SMALL, SmallCellPolicy.SMALL_MARK, 0, 0, null);
            case COMPLEMENT:
                return new ReportCell(Kind.HIDDEN_COMPLEMENT, SmallCellPolicy.COMPLEMENT_MARK, 0, 0, null);
            default:
                return new ReportCell(Kind.COUNT, null, n, 0, null);
        }
    }

    public static ReportCell decimal(double value, int decimals) {
        return new ReportCell(Kind.DECIMAL, null, value, decimals, null);
    }

    /** A share from 0 to 1, shown as a whole percentage. */
    public static ReportCell percent(double fraction) {
        return new ReportCell(Kind.PERCENT, null, fraction, 0, null);
    }

    public static ReportCell date(LocalDate date) {
        return new ReportCell(Kind.DATE, null, 0, 0, date);
    }

    public static ReportCell empty() {
        return EMPTY;
    }

    /**
     * A figure derived from a count (banen, hours, a percentage): hidden whenever the count it rests on is hidden,
     * since it could give that count away.
     */
    public static ReportCell derived(ReportCell base, ReportCell value) {
        return base.hidden() ? new ReportCell(Kind.HIDDEN_COMPLEMENT, SmallCellPolicy.COMPLEMENT_MARK, 0, 0, null) : value;
    }

    public Kind kind() {
        return kind;
    }

    public boolean hidden() {
        return kind == Kind.HIDDEN_SMALL || kind == Kind.HIDDEN_COMPLEMENT;
    }

    public boolean numeric() {
        return kind == Kind.COUNT || kind == Kind.DECIMAL || kind == Kind.PERCENT;
    }

    public double number() {
        if (!numeric()) {
            throw new IllegalStateException(kind + " has no number");
        }
        return number;
    }

    public int decimals() {
        return decimals;
    }

    public LocalDate date() {
        return date;
    }

    /** The value as a Dutch reader writes it: 1.234 / 0,47 / 47% / 01-09-2026 / &lt;5. */
    public String display() {
        switch (kind) {
            case COUNT:
                return format(number, 0);
            case DECIMAL:
                return format(number, decimals);
            case PERCENT:
                return format(number * 100, 0) + "%";
            case DATE:
                return DutchDates.date(date);
            default:
                return text;
        }
    }

    static String format(double value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DUTCH_SYMBOLS);
        return f.format(value);
    }

    @Override
    public String toString() {
        return display();
    }
}
