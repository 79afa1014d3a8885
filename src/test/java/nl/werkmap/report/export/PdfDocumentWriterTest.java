package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.results.ValidationResult;

/** A document with facts, a question, a table and a drawn signature is valid PDF/A-2b (veraPDF). */
class PdfDocumentWriterTest {

    @Test
    void aFormWithASignatureIsPdfA() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocumentWriter pdf = new PdfDocumentWriter("Evaluatie door de werkgever", "Werkmap evaluatie",
                ZonedDateTime.of(2026, 7, 3, 9, 0, 0, 0, ZoneOffset.UTC))) {
            pdf.title("Evaluatie door de werkgever");
            pdf.heading("Gegevens");
            pdf.labelled("Werknemer", "Yıldız Kılıç");
            pdf.labelled("Hoe tevreden ben je over de jobcoach (1-10)?", "8");
            pdf.table(List.of("Datum", "Activiteit", "Uren"), List.of(List.of("3-2-2026", "Inwerken en trainen", "2")));
            pdf.strokes(List.of(List.of(new float[] {0.1f, 0.5f}, new float[] {0.4f, 0.2f}, new float[] {0.8f, 0.6f})),
                    180, 60);
            pdf.note("Gemaakt met Werkmap.");
            pdf.save(out);
        }
        ValidationResult result = VeraPdf.validate(out.toByteArray());
        assertTrue(result.isCompliant(), String.join("\n", VeraPdf.failures(result)));
    }
}
