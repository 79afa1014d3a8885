package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/** The XLSX says it was made by Werkmap (not by the library), and shows dates the Dutch file way. */
class XlsxPropertiesTest {

    private static XSSFWorkbook written() throws Exception {
        ReportTable table = new ReportTable("days", "Dagen", "", List.of("Coach", "Datum"),
                List.of(List.of(ReportCell.text("Yıldız Kılıç"), ReportCell.date(LocalDate.of(2026, 9, 1)))), false, -1);
        ReportDocument document = new ReportDocument("Werkmap teamoverzicht", "1e halfjaar 2026", "alle teams",
                "30-06-2026", LocalDateTime.of(2026, 7, 1, 9, 30), List.of(table));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().write(document, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void authorAndApplicationAreWerkmap() throws Exception {
        try (XSSFWorkbook wb = written()) {
            var core = wb.getProperties().getCoreProperties();
            assertEquals("Werkmap", core.getCreator());
            assertEquals("Werkmap", core.getLastModifiedByUser());
            assertEquals("Werkmap teamoverzicht 1e halfjaar 2026", core.getTitle());
            assertEquals("Werkmap", wb.getProperties().getExtendedProperties().getUnderlyingProperties().getApplication());
        }
    }

    @Test
    void datesShowAsDayMonthYearWithLeadingZeros() throws Exception {
        try (XSSFWorkbook wb = written()) {
            Cell date = wb.getSheet("Dagen").getRow(XlsxExporter.HEADER_ROW + 1).getCell(1);
            assertEquals("dd-mm-yyyy", date.getCellStyle().getDataFormatString());
            assertEquals("01-09-2026", new DataFormatter(java.util.Locale.forLanguageTag("nl-NL")).formatCellValue(date));
            assertEquals("Yıldız Kılıç", wb.getSheet("Dagen").getRow(XlsxExporter.HEADER_ROW + 1).getCell(0)
                    .getStringCellValue());
        }
    }
}
