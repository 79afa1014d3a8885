package nl.werkmap.report.export;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes top to bottom over A4 pages, starting a new page when the next block does not fit; numbers the pages. */
final class PdfPager implements AutoCloseable {

    static final float MARGIN = 42;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument pdf;
    /** The faces embedded in this document; loaded once per document, subset when it is saved. */
    private final Map<PdfFace, PDType0Font> fonts = new EnumMap<>(PdfFace.class);
    private PDPageContentStream content;
    private float y;
    private int pageNumber;
    private final String footer;

    PdfPager(PDDocument pdf) throws IOException {
        this(pdf, "Werkmap teamoverzicht");
    }

    /** A pager whose page footer names another document than the team overview ("Werkmap ... - pagina 2"). */
    PdfPager(PDDocument pdf, String footer) throws IOException {
        this.pdf = pdf;
        this.footer = footer;
        for (PdfFace face : PdfFace.values()) {
            fonts.put(face, face.loadInto(pdf));
        }
        newPage();
    }

    PDPageContentStream content() {
        return content;
    }

    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    /** Starts a new page if {@code height} points do not fit below the cursor. */
    void need(float height) throws IOException {
        if (y - height < MARGIN + 14) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        pageNumber++;
        text(PdfExporter.REGULAR, 7, MARGIN, MARGIN - 14, footer + " - pagina " + pageNumber);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void text(PdfFace face, float size, float x, float atY, String text) throws IOException {
        content.beginText();
        content.setFont(fonts.get(face), size);
        content.newLineAtOffset(x, atY);
        content.showText(PdfText.safe(text, face));
        content.endText();
    }

    void heading(String text, float size) throws IOException {
        need(size + 8);
        y -= size;
        text(PdfExporter.BOLD, size, MARGIN, y, text);
        y -= 8;
    }

    void paragraph(String text, PdfFace font, float size) throws IOException {
        for (String line : PdfText.wrap(text, font, size, WIDTH)) {
            need(size + 3);
            y -= size + 2;
            text(font, size, MARGIN, y, line);
        }
    }

    void labelled(String label, String text) throws IOException {
        float labelWidth = 100;
        var lines = PdfText.wrap(text, PdfExporter.REGULAR, 10, WIDTH - labelWidth);
        need(12 * lines.size() + 4);
        y -= 12;
        text(PdfExporter.BOLD, 10, MARGIN, y, label);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                y -= 12;
            }
            text(PdfExporter.REGULAR, 10, MARGIN + labelWidth, y, lines.get(i));
        }
        y -= 4;
    }

    void gap(float height) {
        y -= height;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
