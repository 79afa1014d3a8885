package nl.werkmap.report.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType1Font;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SmallCellPolicy;

/** Draws one report table: title, wrapped headers, rows with numbers right-aligned, a line above the total. */
final class PdfTable {

    private static final float SIZE = 8;
    private static final float ROW = 11;

    private final PdfPager pager;
    private final ReportTable table;
    private final float[] widths;

    PdfTable(PdfPager pager, ReportTable table) {
        this.pager = pager;
        this.table = table;
        int n = table.headers().size();
        widths = new float[n];
        float first = n <= 2 ? PdfPager.WIDTH * 0.6f : Math.min(160, PdfPager.WIDTH * 0.34f);
        widths[0] = first;
        for (int i = 1; i < n; i++) {
            widths[i] = (PdfPager.WIDTH - first) / (n - 1);
        }
    }

    void draw() throws IOException {
        List<List<String>> headerLines = new ArrayList<>();
        int headerHeight = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = PdfText.wrap(table.headers().get(c), PdfExporter.BOLD, SIZE, widths[c] - 4);
            headerLines.add(lines);
            headerHeight = Math.max(headerHeight, lines.size());
        }
        pager.need(30 + headerHeight * (SIZE + 1) + 3 * ROW);
        pager.gap(10);
        pager.heading(table.title(), 12);
        drawHeader(headerLines, headerHeight);
        for (int r = 0; r < table.rows().size(); r++) {
            if (pager.y() - ROW < PdfPager.MARGIN + 14) {
                pager.newPage();
                drawHeader(headerLines, headerHeight);
            }
            boolean total = table.lastRowIsTotal() && r == table.rows().size() - 1;
            if (total) {
                line(pager.y() - 2);
            }
            pager.down(ROW);
            PDType1Font font = total ? PdfExporter.BOLD : PdfExporter.REGULAR;
            float x = PdfPager.MARGIN;
            List<ReportCell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                ReportCell cell = row.get(c);
                String text = PdfText.fit(cell.display(), font, SIZE, widths[c] - 4);
                boolean right = cell.numeric() || cell.hidden() || cell.kind() == ReportCell.Kind.DATE;
                float tx = right ? x + widths[c] - 2 - PdfText.width(text, font, SIZE) : x;
                pager.text(font, SIZE, tx, pager.y() + 2, text);
                x += widths[c];
            }
        }
        pager.gap(3);
        if (!table.note().isEmpty()) {
            pager.paragraph(table.note(), PdfExporter.REGULAR, 7);
        }
        if (table.anyHidden()) {
            pager.paragraph(SmallCellPolicy.EXPLANATION, PdfExporter.REGULAR, 7);
        }
    }

    private void drawHeader(List<List<String>> headerLines, int headerHeight) throws IOException {
        float top = pager.y();
        float x = PdfPager.MARGIN;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = headerLines.get(c);
            for (int i = 0; i < lines.size(); i++) {
                String t = lines.get(i);
                float tx = c == 0 ? x : x + widths[c] - 2 - PdfText.width(t, PdfExporter.BOLD, SIZE);
                pager.text(PdfExporter.BOLD, SIZE, tx, top - (i + 1) * (SIZE + 1), t);
            }
            x += widths[c];
        }
        pager.down(headerHeight * (SIZE + 1) + 3);
        line(pager.y());
    }

    private void line(float atY) throws IOException {
        var content = pager.content();
        content.setLineWidth(0.5f);
        content.moveTo(PdfPager.MARGIN, atY);
        content.lineTo(PdfPager.MARGIN + PdfPager.WIDTH, atY);
        content.stroke();
    }
}
