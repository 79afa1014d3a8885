package nl.werkmap.report.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SmallCellPolicy;

/**
 * Draws one report table: title, headers wrapped between words inside measured columns ({@link PdfColumns}),
 * rows with figures right-aligned, a line above the total; the header repeats on a new page.
 */
final class PdfTable {

    private static final float SIZE = 8;
    private static final float ROW = 11;

    private final PdfPager pager;
    private final ReportTable table;

    PdfTable(PdfPager pager, ReportTable table) {
        this.pager = pager;
        this.table = table;
    }

    void draw() throws IOException {
        PdfColumns columns = PdfColumns.of(table, PdfPager.WIDTH, SIZE);
        List<List<String>> headerLines = new ArrayList<>();
        int headerHeight = 1;
        for (int c = 0; c < columns.count(); c++) {
            List<String> lines = PdfText.wrap(table.headers().get(c), PdfExporter.BOLD, columns.headerSize(),
                    columns.room(c));
            headerLines.add(lines);
            headerHeight = Math.max(headerHeight, lines.size());
        }
        pager.need(30 + headerHeight * (SIZE + 1) + 3 * ROW);
        pager.gap(10);
        pager.heading(table.title(), 12);
        drawHeader(columns, headerLines, headerHeight);
        if (table.noData()) {
            pager.down(ROW);
            pager.text(PdfExporter.REGULAR, SIZE, PdfPager.MARGIN, pager.y() + 2, ReportTable.NO_DATA);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            if (pager.y() - ROW < PdfPager.MARGIN + 14) {
                pager.newPage();
                drawHeader(columns, headerLines, headerHeight);
            }
            boolean total = table.lastRowIsTotal() && r == table.rows().size() - 1;
            if (total) {
                line(pager.y() - 2);
            }
            pager.down(ROW);
            PdfFace font = total ? PdfExporter.BOLD : PdfExporter.REGULAR;
            float x = PdfPager.MARGIN;
            List<ReportCell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String text = PdfText.fit(row.get(c).display(), font, SIZE, columns.room(c));
                pager.text(font, SIZE, columns.start(c, x, PdfText.width(text, font, SIZE)), pager.y() + 2, text);
                x += columns.width(c);
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

    private void drawHeader(PdfColumns columns, List<List<String>> headerLines, int headerHeight) throws IOException {
        float top = pager.y();
        float x = PdfPager.MARGIN;
        float size = columns.headerSize();
        for (int c = 0; c < columns.count(); c++) {
            List<String> lines = headerLines.get(c);
            for (int i = 0; i < lines.size(); i++) {
                String t = PdfText.fit(lines.get(i), PdfExporter.BOLD, size, columns.room(c));
                float tx = columns.start(c, x, PdfText.width(t, PdfExporter.BOLD, size));
                pager.text(PdfExporter.BOLD, size, tx, top - (i + 1) * (SIZE + 1), t);
            }
            x += columns.width(c);
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
