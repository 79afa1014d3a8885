package nl.werkmap.report.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * A horizontal bar per row of a table (totals left out), for the column the table names. Hidden values get no
 * bar, only their mark, so the chart gives away nothing the table does not.
 */
final class PdfBarChart {

    private static final float BAR = 9;
    private static final float LABEL_WIDTH = 170;

    private final PdfPager pager;
    private final ReportTable table;

    PdfBarChart(PdfPager pager, ReportTable table) {
        this.pager = pager;
        this.table = table;
    }

    void draw() throws IOException {
        int col = table.chartColumn();
        List<ReportCell> labels = new ArrayList<>();
        List<ReportCell> values = new ArrayList<>();
        int rows = table.rows().size() - (table.lastRowIsTotal() ? 1 : 0);
        double max = 0;
        for (int r = 0; r < rows; r++) {
            ReportCell v = table.cell(r, col);
            labels.add(table.cell(r, 0));
            values.add(v);
            if (v.numeric()) {
                max = Math.max(max, v.number());
            }
        }
        if (max <= 0 || rows < 2) {
            return;
        }
        pager.need(14 + rows * (BAR + 3));
        pager.gap(4);
        pager.down(9);
        pager.text(PdfExporter.BOLD, 8, PdfPager.MARGIN, pager.y(), "Grafiek: " + table.headers().get(col));
        float barSpace = PdfPager.WIDTH - LABEL_WIDTH - 50;
        var content = pager.content();
        for (int r = 0; r < rows; r++) {
            pager.down(BAR + 3);
            float y = pager.y();
            pager.text(PdfExporter.REGULAR, 7.5f, PdfPager.MARGIN, y + 1.5f,
                    PdfText.fit(labels.get(r).display(), PdfExporter.REGULAR, 7.5f, LABEL_WIDTH - 6));
            ReportCell v = values.get(r);
            float x = PdfPager.MARGIN + LABEL_WIDTH;
            float w = 0;
            if (v.numeric()) {
                w = (float) (v.number() / max * barSpace);
                content.setNonStrokingColor(0.20f, 0.42f, 0.62f);
                content.addRect(x, y, Math.max(w, 0.5f), BAR);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            pager.text(PdfExporter.REGULAR, 7.5f, x + w + 3, y + 1.5f, v.display());
        }
        pager.gap(6);
    }
}
