package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.verapdf.pdfa.results.ValidationResult;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * The PDF report of a caseload whose coaches have Turkish and Polish names: the names come back out of the file
 * as written (the font is embedded, not a WinAnsi one), the document says it is Dutch, and veraPDF finds it valid
 * PDF/A-2b.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfArchiveTest {

    static final List<String> NAMES = List.of("Yıldız Kılıç", "Łukasz Wróblewski", "Şeyma Öztürk", "Ğülşen Çelik",
            "Zoë Hoëfnagel");

    private byte[] pdf;

    @BeforeAll
    void write() throws Exception {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (String name : NAMES) {
            rows.add(List.of(ReportCell.text(name), ReportCell.count(12), ReportCell.date(LocalDate.of(2026, 4, 1))));
        }
        ReportTable table = new ReportTable("caseload", "Caseload per coach", "", List.of("Coach", "Actief", "Sinds"),
                rows, false, 1);
        ReportDocument document = new ReportDocument("Werkmap teamoverzicht", "2e kwartaal 2026", "team Şişli",
                "30-06-2026", LocalDateTime.of(2026, 7, 1, 9, 30), List.of(table));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(document, out);
        pdf = out.toByteArray();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("pdf-names.pdf"), pdf);
    }

    @Test
    void namesComeBackOutAsWritten() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String name : NAMES) {
                assertTrue(text.contains(name), name + " in: " + text);
            }
            assertTrue(text.contains("team Şişli"));
            assertFalse(text.contains("?"), "no character was replaced: " + text);
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfLiberationSans() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSans(-Bold)?"), "a subset: " + font.getName());
                }
            }
            assertTrue(fonts >= 2, "regular and bold");
        }
        assertTrue(pdf.length < 200_000, "subsets, not the 820 KB of both whole fonts: " + pdf.length);
    }

    @Test
    void theDocumentIsDutchWithMetadataAndAnSrgbOutputIntent() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
            assertEquals("Werkmap teamoverzicht 2e kwartaal 2026", doc.getDocumentInformation().getTitle());
            assertNotNull(doc.getDocumentCatalog().getMetadata());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains("Werkmap teamoverzicht 2e kwartaal 2026"), xmp);
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals(PdfArchive.SRGB, intents.get(0).getOutputConditionIdentifier());
            assertNotNull(intents.get(0).getDestOutputIntent(), "the ICC profile is in the file");
        }
    }

    @Test
    void veraPdfFindsItValidPdfA2b() throws Exception {
        ValidationResult result = VeraPdf.validate(pdf);
        assertTrue(result.isCompliant(), String.join("\n", VeraPdf.failures(result)));
    }

    @Test
    void veraPdfRejectsAPlainPdfBoxFile() throws Exception {
        // The check has teeth: a page in standard Helvetica with no metadata or output intent is not PDF/A.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
                content.showText("Werkmap");
                content.endText();
            }
            doc.save(out);
        }
        ValidationResult result = VeraPdf.validate(out.toByteArray());
        assertFalse(result.isCompliant());
        assertFalse(VeraPdf.failures(result).isEmpty());
    }
}
