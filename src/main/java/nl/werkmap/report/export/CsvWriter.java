package nl.werkmap.report.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.werkmap.domain.DutchDates;

/**
 * The one way Werkmap writes CSV (summary, werklijst), so every file opens the same in Dutch Excel and LibreOffice
 * by double-click: UTF-8 with a byte order mark, {@code ;} between fields, CRLF after each record, decimal comma
 * and no thousands separator (numbers stay numbers), dates as dd-MM-yyyy. A field holding {@code ;}, a quote or a
 * line break is quoted (quotes doubled), so a name typed with an Enter in it stays one record. Text that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe;
 * numbers are never touched, so -1,5 stays a number.
 *
 * <p>Fields are added one by one ({@link #text}, {@link #number}, {@link #date} ...) and {@link #endRecord()} ends
 * the line; {@link #record(List)} writes a line of text fields at once.
 */
public final class CsvWriter implements AutoCloseable {

    public static final char SEPARATOR = ';';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private boolean firstField = true;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** Starts a CSV file on {@code out} (writes the byte order mark). Closing the writer closes {@code out}. */
    public static CsvWriter open(OutputStream out) throws IOException {
        CsvWriter csv = new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        csv.out.write('\uFEFF');
        return csv;
    }

    /** A text field: quoted when needed, defused when it looks like a formula. */
    public CsvWriter text(String value) throws IOException {
        return field(quote(defuse(value == null ? "" : value)));
    }

    /** A whole number. */
    public CsvWriter count(long value) throws IOException {
        return field(Long.toString(value));
    }

    /** A number with {@code decimals} places and a decimal comma: 16,5. */
    public CsvWriter number(double value, int decimals) throws IOException {
        return field(String.format(Locale.ROOT, "%." + decimals + "f", value).replace('.', ','));
    }

    /** A fraction as a whole percentage: 0.47 as 47%. */
    public CsvWriter percent(double fraction) throws IOException {
        return field(Math.round(fraction * 100) + "%");
    }

    /** A date as dd-MM-yyyy (empty when there is none). */
    public CsvWriter date(LocalDate value) throws IOException {
        return field(value == null ? "" : DutchDates.date(value));
    }

    /** Ends the current record (a record with no fields is a blank line). */
    public CsvWriter endRecord() throws IOException {
        out.write("\r\n");
        firstField = true;
        return this;
    }

    /** A whole record of text fields. */
    public CsvWriter record(List<String> texts) throws IOException {
        for (String t : texts) {
            text(t);
        }
        return endRecord();
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private CsvWriter field(String written) throws IOException {
        if (!firstField) {
            out.write(SEPARATOR);
        }
        out.write(written);
        firstField = false;
        return this;
    }

    /** A name typed as "=..." or "+31..." must not run as a formula when the file is opened in a spreadsheet. */
    static String defuse(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String quote(String s) {
        if (s.indexOf(SEPARATOR) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
