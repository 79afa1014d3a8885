package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * PDF: an A4 report that prints well, with the cover facts, every table, a simple bar chart under the tables
 * that have one and a line chart under the monthly trend. Text is set in Liberation Sans, embedded ({@link PdfFace}), so
 * every name prints as written (Yıldız Kılıç, Łukasz, Şeyma); the file is PDF/A-2b in Dutch ({@link PdfArchive}).
 */
public final class PdfExporter {

    static final PdfFace REGULAR = PdfFace.REGULAR;
    static final PdfFace BOLD = PdfFace.BOLD;

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfArchive.describe(pdf, document.title() + " " + document.period(),
                    document.createdAt().atZone(ZoneId.systemDefault()));
            try (PdfPager pager = new PdfPager(pdf)) {
                pager.heading(document.title(), 18);
                for (String[] line : document.cover()) {
                    pager.labelled(line[0], line[1]);
                }
                pager.gap(10);
                for (ReportTable t : document.tables()) {
                    new PdfTable(pager, t).draw();
                    if (TrendTable.isTrend(t)) {
                        new PdfLineChart(pager, t).draw();
                    } else if (t.chartColumn() >= 0) {
                        new PdfBarChart(pager, t).draw();
                    }
                }
            }
            pdf.save(out);
        }
    }

    /** The text the PDF shows for a cell: the Dutch display form. */
    static String show(ReportCell c) {
        return c.display();
    }

    static List<String> wrap(String text, PdfFace font, float size, float width) throws IOException {
        return PdfText.wrap(text, font, size, width);
    }
}
