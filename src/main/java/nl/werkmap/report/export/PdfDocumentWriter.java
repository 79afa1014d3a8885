package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A plain A4 document (a form or a rapportage rather than the team's tables) on the report's building blocks: the
 * embedded faces, PDF/A-2b in Dutch ({@link PdfArchive}), paging with a footer. The caller decides the wording;
 * this class only sets text, simple tables and drawn strokes (a signature) on the page.
 */
public final class PdfDocumentWriter implements AutoCloseable {

    private static final float TABLE_SIZE = 8;
    private static final float ROW = 11;

    private final PDDocument pdf;
    private final PdfPager pager;

    public PdfDocumentWriter(String title, String footer, ZonedDateTime created) throws IOException {
        this.pdf = new PDDocument();
        try {
            PdfArchive.describe(pdf, title, created);
            this.pager = new PdfPager(pdf, footer);
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    public void title(String text) throws IOException {
        pager.heading(text, 16);
    }

    /** A section heading, kept with the first lines below it (never alone at the foot of a page). */
    public void heading(String text) throws IOException {
        pager.need(70);
        pager.gap(6);
        pager.heading(text, 12);
    }

    /** Label and value on one line; a label too long for the label column (a question) goes above its value. */
    public void labelled(String label, String text) throws IOException {
        if (PdfText.width(label, PdfFace.BOLD, 10) <= 96) {
            pager.labelled(label, text);
            return;
        }
        pager.paragraph(label, PdfFace.BOLD, 10);
        if (!text.isEmpty()) {
            pager.paragraph(text, PdfFace.REGULAR, 10);
        }
        pager.gap(4);
    }

    public void paragraph(String text) throws IOException {
        pager.paragraph(text, PdfFace.REGULAR, 10);
        pager.gap(3);
    }

    public void note(String text) throws IOException {
        pager.paragraph(text, PdfFace.REGULAR, 7);
    }

    /** A table with a bold header line; columns share the width by their widest text, cut with "..." if needed. */
    public void table(List<String> headers, List<List<String>> rows) throws IOException {
        int n = headers.size();
        float[] want = new float[n];
        for (int c = 0; c < n; c++) {
            want[c] = PdfText.width(headers.get(c), PdfFace.BOLD, TABLE_SIZE) + 8;
            for (List<String> row : rows) {
                want[c] = Math.max(want[c], PdfText.width(row.get(c), PdfFace.REGULAR, TABLE_SIZE) + 8);
            }
        }
        float total = 0;
        for (float w : want) {
            total += w;
        }
        float scale = total > PdfPager.WIDTH ? PdfPager.WIDTH / total : 1;
        float[] width = new float[n];
        for (int c = 0; c < n; c++) {
            width[c] = want[c] * scale;
        }
        pager.need(3 * ROW);
        row(headers, width, PdfFace.BOLD);
        line();
        for (List<String> r : rows) {
            if (pager.y() - ROW < PdfPager.MARGIN + 14) {
                pager.newPage();
                row(headers, width, PdfFace.BOLD);
                line();
            }
            row(r, width, PdfFace.REGULAR);
        }
        pager.gap(6);
    }

    private void row(List<String> cells, float[] width, PdfFace face) throws IOException {
        pager.down(ROW);
        float x = PdfPager.MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            String text = PdfText.fit(cells.get(c), face, TABLE_SIZE, width[c] - 6);
            pager.text(face, TABLE_SIZE, x, pager.y() + 2, text);
            x += width[c];
        }
    }

    private void line() throws IOException {
        var content = pager.content();
        content.setLineWidth(0.5f);
        content.moveTo(PdfPager.MARGIN, pager.y());
        content.lineTo(PdfPager.MARGIN + PdfPager.WIDTH, pager.y());
        content.stroke();
    }

    /**
     * Draws strokes (a signature) in a framed box {@code boxWidth} by {@code boxHeight} points; each stroke is a
     * list of points with x and y from 0 to 1, y downwards as drawn on screen.
     */
    public void strokes(List<List<float[]>> strokes, float boxWidth, float boxHeight) throws IOException {
        pager.need(boxHeight + 8);
        pager.down(boxHeight + 4);
        float left = PdfPager.MARGIN + 100;
        float bottom = pager.y();
        var content = pager.content();
        content.setLineWidth(0.4f);
        content.addRect(left, bottom, boxWidth, boxHeight);
        content.stroke();
        content.setLineWidth(1.1f);
        for (List<float[]> stroke : strokes) {
            List<float[]> points = new ArrayList<>(stroke);
            if (points.isEmpty()) {
                continue;
            }
            content.moveTo(left + points.get(0)[0] * boxWidth, bottom + (1 - points.get(0)[1]) * boxHeight);
            for (int i = 1; i < points.size(); i++) {
                content.lineTo(left + points.get(i)[0] * boxWidth, bottom + (1 - points.get(i)[1]) * boxHeight);
            }
            content.stroke();
        }
        pager.gap(6);
    }

    /** Closes the last page and writes the file. */
    public void save(OutputStream out) throws IOException {
        pager.close();
        pdf.save(out);
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
