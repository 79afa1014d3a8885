package nl.werkmap.report.export;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * A line per figure column of the trend table, months along the bottom, in the same plain style as
 * {@link PdfBarChart}. Readable in black and white: the second line is dashed with open markers. A month whose
 * value is hidden ("&lt;5") gets no point and breaks the line, and the chart says why.
 */
final class PdfLineChart {

    private static final float HEIGHT = 150;
    private static final float AXIS_LABELS = 34;
    private static final float[][] COLOURS = {{0.20f, 0.42f, 0.62f}, {0.80f, 0.40f, 0.05f}};

    private final PdfPager pager;
    private final ReportTable table;

    PdfLineChart(PdfPager pager, ReportTable table) {
        this.pager = pager;
        this.table = table;
    }

    void draw() throws IOException {
        int months = table.rows().size();
        int series = Math.min(COLOURS.length, table.headers().size() - 1);
        double max = 0;
        boolean gaps = false;
        for (int r = 0; r < months; r++) {
            for (int s = 1; s <= series; s++) {
                ReportCell v = table.cell(r, s);
                gaps |= v.hidden();
                if (v.numeric()) {
                    max = Math.max(max, v.number());
                }
            }
        }
        if (max <= 0 || months < 2) {
            return;
        }
        double top = niceCeiling(max);
        pager.need(HEIGHT + 40 + (gaps ? 10 : 0));
        pager.gap(4);
        pager.down(9);
        pager.text(PdfExporter.BOLD, 8, PdfPager.MARGIN, pager.y(), "Grafiek: " + table.title());
        legend(series);
        pager.down(8);
        float plotTop = pager.y() - 4;
        float plotBottom = plotTop - HEIGHT;
        float left = PdfPager.MARGIN + AXIS_LABELS;
        float right = PdfPager.MARGIN + PdfPager.WIDTH - 16;
        PDPageContentStream content = pager.content();
        grid(content, top, left, right, plotBottom);
        float step = (right - left) / (months - 1);
        int every = months <= 12 ? 1 : months <= 24 ? 2 : 3;
        for (int r = 0; r < months; r++) {
            if (r % every == 0 || r == months - 1) {
                String label = table.cell(r, 0).display();
                float w = PdfText.width(label, PdfExporter.REGULAR, 6.5f);
                float x = Math.min(PdfPager.MARGIN + PdfPager.WIDTH - w, Math.max(left, left + r * step - w / 2));
                pager.text(PdfExporter.REGULAR, 6.5f, x, plotBottom - 10, label);
            }
        }
        for (int s = 1; s <= series; s++) {
            line(content, s, top, left, step, plotBottom);
        }
        pager.down(HEIGHT + 18);
        if (gaps) {
            pager.paragraph(TrendTable.GAP_NOTE, PdfExporter.REGULAR, 7);
        }
        pager.gap(6);
    }

    private void legend(int series) throws IOException {
        float x = PdfPager.MARGIN + PdfPager.WIDTH;
        for (int s = series; s >= 1; s--) {
            String name = table.headers().get(s);
            x -= PdfText.width(name, PdfExporter.REGULAR, 7.5f) + 24;
            PDPageContentStream content = pager.content();
            colour(content, s);
            style(content, s);
            content.moveTo(x, pager.y() + 3);
            content.lineTo(x + 16, pager.y() + 3);
            content.stroke();
            content.setLineDashPattern(new float[0], 0);
            black(content);
            pager.text(PdfExporter.REGULAR, 7.5f, x + 19, pager.y(), name);
        }
    }

    private void grid(PDPageContentStream content, double top, float left, float right, float bottom)
            throws IOException {
        content.setLineWidth(0.3f);
        for (int i = 0; i <= 4; i++) {
            float y = bottom + HEIGHT * i / 4;
            content.setStrokingColor(i == 0 ? 0f : 0.82f);
            content.moveTo(left, y);
            content.lineTo(right, y);
            content.stroke();
            String label = ReportCell.count(Math.round(top * i / 4), nl.werkmap.report.table.SmallCellPolicy.Mark.SHOWN)
                    .display();
            float w = PdfText.width(label, PdfExporter.REGULAR, 6.5f);
            pager.text(PdfExporter.REGULAR, 6.5f, left - 4 - w, y - 2, label);
        }
        content.setStrokingColor(0f);
    }

    private void line(PDPageContentStream content, int s, double top, float left, float step, float bottom)
            throws IOException {
        colour(content, s);
        style(content, s);
        boolean open = false;
        int rows = table.rows().size();
        for (int r = 0; r < rows; r++) {
            ReportCell v = table.cell(r, s);
            if (!v.numeric()) {
                open = false;
                continue;
            }
            float x = left + r * step;
            float y = bottom + (float) (v.number() / top) * HEIGHT;
            if (open) {
                content.lineTo(x, y);
            } else {
                content.moveTo(x, y);
                open = true;
            }
        }
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
        for (int r = 0; r < rows; r++) {
            ReportCell v = table.cell(r, s);
            if (v.numeric()) {
                float x = left + r * step;
                float y = bottom + (float) (v.number() / top) * HEIGHT;
                content.addRect(x - 1.8f, y - 1.8f, 3.6f, 3.6f);
                if (s == 1) {
                    content.fill();
                } else {
                    content.stroke();
                }
            }
        }
        black(content);
    }

    private static void style(PDPageContentStream content, int s) throws IOException {
        content.setLineWidth(1.4f);
        if (s > 1) {
            content.setLineDashPattern(new float[] {4, 2}, 0);
        }
    }

    private static void colour(PDPageContentStream content, int s) throws IOException {
        float[] c = COLOURS[s - 1];
        content.setStrokingColor(c[0], c[1], c[2]);
        content.setNonStrokingColor(c[0], c[1], c[2]);
    }

    private static void black(PDPageContentStream content) throws IOException {
        content.setStrokingColor(0f);
        content.setNonStrokingColor(0f);
    }

    /**
     * The axis top: the smallest round number (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6 or 8 times a power of ten) at least
     * the largest value whose quarters are whole, so every grid label is an exact count.
     */
    static double niceCeiling(double max) {
        double[] multipliers = {1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8};
        for (long power = 1; ; power *= 10) {
            for (double m : multipliers) {
                long top = Math.round(m * power);
                if (top >= max && top >= 4 && top % 4 == 0) {
                    return top;
                }
            }
        }
    }
}
