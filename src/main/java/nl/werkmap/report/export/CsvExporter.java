package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * The summary as CSV through {@link CsvWriter} (the way Dutch Excel opens it by double-click). Tables follow one
 * another, each with its title line, header line and a blank line after.
 */
public final class CsvExporter {

    public void write(ReportDocument document, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.open(out);
        csv.record(List.of(document.title()));
        for (String[] c : document.cover()) {
            csv.record(List.of(c[0], c[1]));
        }
        csv.endRecord();
        for (ReportTable t : document.tables()) {
            csv.record(List.of(t.title()));
            csv.record(t.headers());
            if (t.noData()) {
                csv.record(List.of(ReportTable.NO_DATA));
            }
            for (List<ReportCell> row : t.rows()) {
                for (ReportCell c : row) {
                    field(csv, c);
                }
                csv.endRecord();
            }
            if (!t.note().isEmpty()) {
                csv.record(List.of(t.note()));
            }
            csv.endRecord();
        }
        // Flushed, not closed: the caller owns the stream.
        csv.flush();
    }

    /** Figures as numbers a spreadsheet reads (no thousands separator), hidden counts and labels as text. */
    static void field(CsvWriter csv, ReportCell c) throws IOException {
        switch (c.kind()) {
            case COUNT:
                csv.count(Math.round(c.number()));
                break;
            case DECIMAL:
                csv.number(c.number(), c.decimals());
                break;
            case PERCENT:
                csv.percent(c.number());
                break;
            case DATE:
                csv.date(c.date());
                break;
            default:
                csv.text(c.display());
        }
    }
}
