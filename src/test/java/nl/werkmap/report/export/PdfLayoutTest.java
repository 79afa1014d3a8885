package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.TrendQueries;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/**
 * The PDF of a demo caseload as a reader sees it: pages rendered to PNG in target/screenshots (to look at), and no
 * two glyphs on a page drawn over each other, which is how overlapping column headers show up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private Vault vault;
    private CaseloadStore store;
    private byte[] pdf;

    @BeforeAll
    void build() throws Exception {
        Path dir = Files.createTempDirectory("pdf-layout");
        vault = TestVaults.create(dir.resolve("keyring.json"));
        store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer());
        DemoCaseload.generate(store, 2_000, 11, TODAY, done -> { });
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
                ZoneId.of("Europe/Amsterdam"));
        ReportPeriod period = ReportPeriod.parse("2025-H2");
        var summary = store.read(dsl -> new SummaryService(dsl, clock).compute(period, ReportScope.all()));
        var trend = store.read(dsl -> new TrendQueries(dsl, clock).compute(period, ReportScope.all()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(ReportDocument.of(summary, trend), out);
        pdf = out.toByteArray();
    }

    @AfterAll
    void close() {
        store.close();
        vault.lock();
    }

    @Test
    void pagesRenderAndNoTextIsDrawnOverOtherText() throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<String> overlaps = new ArrayList<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 110);
                ImageIO.write(image, "png", shots.resolve("report-pdf-page-" + (p + 1) + ".png").toFile());
                overlaps.addAll(overlapsOn(doc, p + 1));
            }
            assertEquals(List.of(), overlaps);
            assertTrue(doc.getNumberOfPages() >= 2);
        }
    }

    /** Pairs of glyphs whose boxes overlap on the same line, as "page: 'a' over 'b'" with some context. */
    static List<String> overlapsOn(PDDocument doc, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    glyphs.add(text);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition a = glyphs.get(i);
            for (int j = i + 1; j < glyphs.size(); j++) {
                TextPosition b = glyphs.get(j);
                boolean sameLine = Math.abs(a.getYDirAdj() - b.getYDirAdj())
                        < 0.7f * Math.min(a.getHeightDir(), b.getHeightDir());
                float overlap = Math.min(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj())
                        - Math.max(a.getXDirAdj(), b.getXDirAdj());
                if (sameLine && overlap > 0.5f) {
                    found.add(page + ": '" + context(glyphs, i) + "' over '" + context(glyphs, j) + "'");
                }
            }
        }
        return found;
    }

    private static String context(List<TextPosition> glyphs, int at) {
        StringBuilder b = new StringBuilder();
        for (int k = Math.max(0, at - 6); k < Math.min(glyphs.size(), at + 6); k++) {
            b.append(glyphs.get(k).getUnicode());
        }
        return b.toString();
    }

    @Test
    void theFullReportWithChartsIsPdfA2b() throws Exception {
        var result = VeraPdf.validate(pdf);
        assertTrue(result.isCompliant(), String.join("\n", VeraPdf.failures(result)));
    }
}
