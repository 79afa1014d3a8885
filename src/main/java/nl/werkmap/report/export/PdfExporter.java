package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * PDF: an A4 report that prints well, with the cover facts, every table, a simple bar chart under the tables
 * that have one and a line chart under the monthly trend. Uses PDFBox's standard Helvetica (every PDF reader has it, nothing to embed); text goes through
 * {@link PdfText} so Dutch characters (ë, é, ï) come out right and anything outside WinAnsi is replaced, never
 * dropped silently.
 */
public final class PdfExporter {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title() + " " + document.period());
            info.setCreator("Werkmap");
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

    static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        return PdfText.wrap(text, font, size, width);
    }
}
