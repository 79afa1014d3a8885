package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.TeamNoordAccess;
import nl.werkmap.report.TrendFigures;
import nl.werkmap.report.table.ReportTable;

/** The trend through the small-cell rule, into the PDF as a table and a line chart, read back with PDFBox. */
class TrendExportTest {

    /** Twelve months from jan 2026; mrt and apr of "met een baan" are small (3 and 1). */
    static TrendFigures smallTrend() {
        List<YearMonth> months = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(YearMonth.of(2026, m));
            days.add(YearMonth.of(2026, m).atEndOfMonth());
        }
        long[] begeleiding = {40, 42, 44, 45, 47, 48, 50, 51, 53, 55, 56, 58};
        long[] baan = {6, 5, 3, 1, 0, 7, 8, 9, 11, 12, 13, 15};
        return new TrendFigures(months, days, begeleiding, baan);
    }

    @Test
    void smallMonthsAreHiddenAndZeroStays() {
        ReportTable t = TrendTable.of(smallTrend());
        assertEquals(TrendTable.ID, t.id());
        assertEquals("Verloop per maand, jan 2026 t/m dec 2026", t.title());
        assertEquals("mrt 2026", t.cell(2, 0).display());
        assertEquals("<5", t.cell(2, 2).display());
        assertEquals("<5", t.cell(3, 2).display());
        assertEquals("0", t.cell(4, 2).display());
        assertEquals("6", t.cell(0, 2).display());
        assertFalse(t.lastRowIsTotal(), "no totals, so nothing hidden can be worked back");
    }

    @Test
    void thePdfCarriesTheTrendTableItsLineChartAndTheGapNote(@TempDir Path dir) throws Exception {
        ReportDocument doc;
        try (TeamNoordAccess fixture = TeamNoordAccess.open(dir.resolve("caseload.db"))) {
            var summary = new SummaryService(fixture.dsl(), TeamNoordAccess.TODAY)
                    .compute(ReportPeriod.parse("2026-T3"), ReportScope.team("Noord"));
            doc = ReportDocument.of(summary, smallTrend());
        }
        assertEquals(TrendTable.ID, doc.tables().get(1).id(), "the trend follows the first table");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(doc, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Verloop per maand, jan 2026 t/m dec 2026"), text);
            assertTrue(text.contains("Grafiek: Verloop per maand"), "the line chart is drawn");
            assertTrue(text.contains("mrt 2026 44 <5"), "a small month shows as <5 in the table");
            assertTrue(text.contains("apr 2026 45 <5"));
            assertTrue(text.contains("Een onderbroken lijn"), "the chart says why the line breaks");
            assertTrue(text.contains("Kandidaten in begeleiding"));
            assertTrue(text.contains("Met een baan"));
            java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 110),
                    "png", Path.of("target", "screenshots", "report-pdf-trend-gaps.png").toFile());
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                assertEquals(List.of(), PdfLayoutTest.overlapsOn(pdf, p));
            }
        }
    }

    @Test
    void theAxisTopIsAFewWholeSteps() {
        assertEquals(4, PdfLineChart.niceCeiling(3));
        assertEquals(8, PdfLineChart.niceCeiling(7));
        assertEquals(16, PdfLineChart.niceCeiling(15));
        assertEquals(60, PdfLineChart.niceCeiling(58));
        assertEquals(2000, PdfLineChart.niceCeiling(1603));
        assertEquals(1200, PdfLineChart.niceCeiling(1100));
        assertEquals(500, PdfLineChart.niceCeiling(470));
    }
}
