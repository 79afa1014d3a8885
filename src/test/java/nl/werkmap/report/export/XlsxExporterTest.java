package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/** The streamed XLSX on a table as long as a large municipality's per-coach sheets, read back with POI. */
class XlsxExporterTest {

    private static final int COACHES = 3_000;

    private static ReportDocument longDocument() {
        List<List<ReportCell>> rows = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < COACHES; i++) {
            long active = 5 + i % 90;
            sum += active;
            rows.add(List.of(ReportCell.text("Coach " + i), ReportCell.count(active),
                    ReportCell.count(1 + i % 4), ReportCell.decimal(active / 7.0, 1)));
        }
        rows.add(List.of(ReportCell.text("Totaal"), ReportCell.count(sum), ReportCell.count(0,
                nl.werkmap.report.table.SmallCellPolicy.Mark.COMPLEMENT), ReportCell.decimal(sum / 7.0, 1)));
        ReportTable perCoach = new ReportTable("per_coach", "Caseload per coach", "Een noot.",
                List.of("Coach", "Actieve kandidaten", "Nieuwe aanmeldingen in de periode met een lange kop",
                        "Gemiddeld"), rows, true, 1);
        return new ReportDocument("Werkmap teamoverzicht", "2e halfjaar 2025", "alle teams", "31-12-2025",
                LocalDateTime.of(2026, 3, 16, 12, 0), List.of(perCoach));
    }

    @Test
    void everyRowOfALongTableArrivesWithRealNumbersAndHiddenText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lang.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxExporter().write(longDocument(), out);
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Caseload per coach");
            assertEquals(XlsxExporter.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
            Row last = sheet.getRow(XlsxExporter.HEADER_ROW + COACHES);
            assertEquals("Coach " + (COACHES - 1), last.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, last.getCell(1).getCellType());
            assertEquals(5 + (COACHES - 1) % 90, last.getCell(1).getNumericCellValue());
            assertEquals("<5", last.getCell(2).getStringCellValue());
            assertEquals("#,##0.0", last.getCell(3).getCellStyle().getDataFormatString());
            Row total = sheet.getRow(XlsxExporter.HEADER_ROW + COACHES + 1);
            assertEquals("x", total.getCell(2).getStringCellValue());
            assertTrue(wb.getFontAt(total.getCell(1).getCellStyle().getFontIndex()).getBold(), "the total row is bold");
            assertEquals("Een noot.", sheet.getRow(XlsxExporter.HEADER_ROW + COACHES + 3).getCell(0)
                    .getStringCellValue());
            assertEquals(2, wb.getNumberOfSheets(), "a cover sheet and the one table");
        }
    }

    @Test
    void columnsAreWideEnoughForTheirHeaderOrWrapIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("breed.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxExporter().write(longDocument(), out);
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Caseload per coach");
            Row header = sheet.getRow(XlsxExporter.HEADER_ROW);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String text = header.getCell(c).getStringCellValue();
                double chars = sheet.getColumnWidth(c) / 256.0;
                boolean wraps = header.getCell(c).getCellStyle().getWrapText();
                assertTrue(chars >= text.length() + 1 || wraps && chars >= 28,
                        "column " + c + " (" + text + ") is " + chars + " characters wide");
                assertTrue(chars >= 12, "a count of 100.000 fits in column " + c);
            }
        }
    }

    @Test
    void leavesNoTemporaryCopyOfTheFiguresOnDisk(@TempDir Path dir) throws Exception {
        Path temp = Files.createDirectory(dir.resolve("poi-temp"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try (OutputStream out = Files.newOutputStream(dir.resolve("overzicht.xlsx"))) {
            new XlsxExporter().write(longDocument(), out);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        try (Stream<Path> left = Files.walk(temp)) {
            assertEquals(List.of(temp), left.toList(), "no sheet data written to a temporary file");
        }
        assertTrue(Files.size(dir.resolve("overzicht.xlsx")) > 0);
    }
}
