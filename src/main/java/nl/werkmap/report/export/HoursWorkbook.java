package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The hours for the administration as one XLSX sheet: dates as real dates, hours and minutes as numbers, so the
 * administration can sum and filter in Excel without converting text. One sheet of a few thousand rows: the plain
 * XSSF model is enough here.
 */
public final class HoursWorkbook {

    /** One line: day, coach, client, financier, activity, coaching hours, travel minutes, sessions. */
    public record Line(LocalDate day, String coach, String candidate, String financier, String activity, double hours,
                       int travelMinutes, int sessions) {
    }

    private HoursWorkbook() {
    }

    public static void write(String sheetName, List<String> headers, List<Line> lines, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle hours = wb.createCellStyle();
            hours.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(head);
            }
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                Cell day = row.createCell(0);
                day.setCellValue(line.day());
                day.setCellStyle(date);
                row.createCell(1).setCellValue(line.coach());
                row.createCell(2).setCellValue(line.candidate());
                row.createCell(3).setCellValue(line.financier());
                row.createCell(4).setCellValue(line.activity());
                Cell h = row.createCell(5);
                h.setCellValue(line.hours());
                h.setCellStyle(hours);
                row.createCell(6).setCellValue(line.travelMinutes());
                row.createCell(7).setCellValue(line.sessions());
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {12, 22, 26, 18, 34, 14, 14, 10};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
        }
    }
}
