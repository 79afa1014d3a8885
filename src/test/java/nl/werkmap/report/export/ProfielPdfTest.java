package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.results.ValidationResult;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDocument;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.WerkgeversProfiel;
import nl.werkmap.domain.share.WerkgeversProfielBuilderTest;
import nl.werkmap.domain.share.WerkgeversProfielen;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.store.Samples;

/** The employer's PDF, read back with PDFBox: the anonymous one names nobody and holds no health value; PDF/A. */
class ProfielPdfTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static byte[] pdf(DelingVorm vorm, java.util.Set<ProfielVeld> velden) throws Exception {
        Candidate sanne = Samples.candidate("Sanne de Vries", null);
        WerkgeversProfiel view = WerkgeversProfielen.maak(vorm, velden, sanne, ProfielSamples.complete(sanne.id()),
                List.of(ProfielSamples.job(sanne.id(), "9412")), TODAY, WerkgeversProfielBuilderTest.DUTCH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProfielPdf().write(new ProfielDocument(vorm == DelingVorm.ANONIEM ? "Anoniem profiel"
                        : "Profiel van Sanne de Vries", List.<String[]>of(new String[]{"Voor", "Werkgeversservicepunt"}),
                view, v -> WerkgeversProfielBuilderTest.DUTCH.label(v), List.of("Leidraad Jobcoach (CC BY 4.0)"),
                ZonedDateTime.parse("2026-12-04T10:00:00+01:00[Europe/Amsterdam]")), out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theAnonymousPdfHoldsNoNameBsnAddressPhoneOrHealthValue() throws Exception {
        String text = text(pdf(DelingVorm.ANONIEM, ProfielVeld.anoniem()));
        for (String secret : List.of("Sanne", "Vries", "111222333", "Dorpsstraat", "1234 AB", "3511", "06-12345678",
                "sanne@example.nl", "17-04-2001", "2001", "Vaste structuur en een vaste buddy", "Geestelijke gezondheid",
                "Lichamelijke gezondheid", "Verslaving", "Wajong")) {
            assertFalse(text.contains(secret), secret + " in the anonymous PDF:\n" + text);
        }
        for (String shown : List.of("Anoniem profiel", "gemeente Zwolle", "23-27 jaar", "Praktijkonderwijs",
                "Korte instructies", "reist tot 30 minuten", "Leidraad Jobcoach")) {
            assertTrue(text.contains(shown), shown + " missing:\n" + text);
        }
    }

    @Test
    void theNamedPdfShowsTheNameAndBothAreValidPdfA2b() throws Exception {
        byte[] named = pdf(DelingVorm.BENOEMD, EnumSet.allOf(ProfielVeld.class));
        String text = text(named);
        assertTrue(text.contains("Sanne de Vries"), text);
        assertFalse(text.contains("111222333"), text);
        for (byte[] file : List.of(named, pdf(DelingVorm.ANONIEM, ProfielVeld.anoniem()))) {
            ValidationResult result = VeraPdf.validate(file);
            assertTrue(result.isCompliant(), String.join("\n", VeraPdf.failures(result)));
        }
    }
}
