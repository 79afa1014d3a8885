package nl.werkmap.report.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * CSV the way Dutch Excel opens it by double-click: UTF-8 with a byte order mark, {@code ;} between fields, decimal
 * comma, no thousands separator (so numbers stay numbers), dates as dd-MM-yyyy. Tables follow one another, each
 * with its title line, header line and a blank line after.
 */
public final class CsvExporter {

    static final char SEPARATOR = ';';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public void write(ReportDocument document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        line(w, List.of(document.title()));
        for (String[] c : document.cover()) {
            line(w, List.of(c[0], c[1]));
        }
        w.write("\r\n");
        for (ReportTable t : document.tables()) {
            line(w, List.of(defuse(t.title())));
            line(w, t.headers());
            if (t.noData()) {
                line(w, List.of(ReportTable.NO_DATA));
            }
            for (List<ReportCell> row : t.rows()) {
                line(w, row.stream().map(CsvExporter::field).toList());
            }
            if (!t.note().isEmpty()) {
                line(w, List.of(t.note()));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    static String field(ReportCell c) {
        switch (c.kind()) {
            case COUNT:
                return Long.toString(Math.round(c.number()));
            case DECIMAL:
                return String.format(java.util.Locale.ROOT, "%." + c.decimals() + "f", c.number()).replace('.', ',');
            case PERCENT:
                return Long.toString(Math.round(c.number() * 100)) + "%";
            case DATE:
                return DATE.format(c.date());
            case TEXT:
                return defuse(c.display());
            default:
                return c.display();
        }
    }

    /** A name typed as "=..." must not run as a formula when the file is opened in a spreadsheet. */
    static String defuse(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(SEPARATOR);
            }
            w.write(quote(fields.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(SEPARATOR) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
