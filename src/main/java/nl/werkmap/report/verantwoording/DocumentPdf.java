package nl.werkmap.report.verantwoording;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.List;

import nl.werkmap.domain.SignatureStrokes;
import nl.werkmap.report.export.PdfDocumentWriter;

/** The document as an A4 PDF/A-2b file in Dutch, with the signature drawn as it was drawn on screen. */
public final class DocumentPdf {

    private DocumentPdf() {
    }

    public static void write(DocumentContent content, ZonedDateTime created, OutputStream out) throws IOException {
        try (PdfDocumentWriter pdf = new PdfDocumentWriter(content.title(), "Werkmap " + content.title(), created)) {
            pdf.title(content.title());
            for (DocumentContent.Section section : content.sections()) {
                pdf.heading(section.title());
                for (DocumentContent.Block block : section.blocks()) {
                    draw(pdf, block);
                }
            }
            pdf.note("Gemaakt met Werkmap. Dit document bevat geen medische gegevens.");
            pdf.save(out);
        }
    }

    private static void draw(PdfDocumentWriter pdf, DocumentContent.Block block) throws IOException {
        if (block instanceof DocumentContent.Fact f) {
            pdf.labelled(f.label(), f.shown());
        } else if (block instanceof DocumentContent.FreeText t) {
            pdf.labelled(t.label(), t.text());
        } else if (block instanceof DocumentContent.Wording w) {
            pdf.paragraph(w.text());
        } else if (block instanceof DocumentContent.Table t) {
            pdf.table(t.headers(), t.rows());
        } else if (block instanceof DocumentContent.Signature s) {
            pdf.labelled(s.label(), s.signer() + (s.onPaper() ? ", op papier getekend" : "") + " (" + s.date() + ")");
            List<List<float[]>> strokes = SignatureStrokes.decode(s.strokes());
            if (!s.onPaper() && !strokes.isEmpty()) {
                pdf.strokes(strokes, 180, 60);
            }
        }
    }
}
