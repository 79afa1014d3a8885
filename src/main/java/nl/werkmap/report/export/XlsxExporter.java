package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * XLSX: a cover sheet ("Toelichting") with period, scope, creation date and what "&lt;5" means, then one sheet per
 * table. Numbers and dates are real cell values with number formats (Excel shows them the Dutch way on a Dutch
 * machine: 1.234 / 0,47 / 47% / 1-9-2026); hidden counts are text ("&lt;5", "x"), right-aligned like numbers.
 * Title and header rows are frozen.
 */
public final class XlsxExporter {

    /** Row of the column headers on a table sheet; rows above it hold the title. */
    public static final int HEADER_ROW = 2;

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            cover(wb, styles, document);
            Set<String> names = new HashSet<>();
            for (ReportTable t : document.tables()) {
                table(wb, styles, t, sheetName(t.title(), names));
            }
            wb.write(out);
        }
    }

    private static void cover(Workbook wb, Styles s, ReportDocument d) {
        Sheet sheet = wb.createSheet("Toelichting");
        Row title = sheet.createRow(0);
        text(title, 0, d.title(), s.title);
        int r = 2;
        for (String[] line : d.cover()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line[0], s.header);
            text(row, 1, line[1], s.wrap);
        }
        Row row = sheet.createRow(r + 1);
        text(row, 0, "Tabellen", s.header);
        for (ReportTable t : d.tables()) {
            text(sheet.createRow(r + 2), 1, t.title(), s.text);
            r++;
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static void table(Workbook wb, Styles s, ReportTable t, String name) {
        Sheet sheet = wb.createSheet(name);
        text(sheet.createRow(0), 0, t.title(), s.title);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < t.headers().size(); c++) {
            text(header, c, t.headers().get(c), s.header);
        }
        int r = HEADER_ROW + 1;
        for (int i = 0; i < t.rows().size(); i++) {
            boolean total = t.lastRowIsTotal() && i == t.rows().size() - 1;
            Row row = sheet.createRow(r++);
            List<ReportCell> cells = t.rows().get(i);
            for (int c = 0; c < cells.size(); c++) {
                value(row.createCell(c), cells.get(c), s, total);
            }
        }
        if (!t.note().isEmpty()) {
            text(sheet.createRow(r + 1), 0, t.note(), s.text);
        }
        if (t.anyHidden()) {
            text(sheet.createRow(r + 2), 0, nl.werkmap.report.table.SmallCellPolicy.EXPLANATION, s.text);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setColumnWidth(0, 34 * 256);
        for (int c = 1; c < t.headers().size(); c++) {
            sheet.setColumnWidth(c, Math.max(12, Math.min(30, t.headers().get(c).length() + 2)) * 256);
        }
    }

    private static void value(Cell cell, ReportCell v, Styles s, boolean total) {
        switch (v.kind()) {
            case COUNT:
                cell.setCellValue(v.number());
                cell.setCellStyle(total ? s.countTotal : s.count);
                break;
            case DECIMAL:
                cell.setCellValue(v.number());
                cell.setCellStyle(s.decimal(v.decimals(), total));
                break;
            case PERCENT:
                cell.setCellValue(v.number());
                cell.setCellStyle(total ? s.percentTotal : s.percent);
                break;
            case DATE:
                cell.setCellValue(v.date());
                cell.setCellStyle(s.date);
                break;
            case HIDDEN_SMALL:
            case HIDDEN_COMPLEMENT:
                cell.setCellValue(v.display());
                cell.setCellStyle(total ? s.hiddenTotal : s.hidden);
                break;
            default:
                cell.setCellValue(v.display());
                cell.setCellStyle(total ? s.textTotal : s.text);
        }
    }

    private static void text(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    /** Sheet names are at most 31 characters, without []:*?/\ and unique. */
    static String sheetName(String title, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(title, '-');
        if (base.length() > 28) {
            base = base.substring(0, 28).trim();
        }
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase()); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /** The few cell styles, made once per workbook (Excel limits their number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle textTotal;
        final CellStyle wrap;
        final CellStyle count;
        final CellStyle countTotal;
        final CellStyle percent;
        final CellStyle percentTotal;
        final CellStyle hidden;
        final CellStyle hiddenTotal;
        final CellStyle date;
        private final Workbook wb;
        private final Font bold;
        private final CellStyle[] decimals = new CellStyle[8];

        Styles(Workbook wb) {
            this.wb = wb;
            bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            text = wb.createCellStyle();
            textTotal = styled(null, true);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            count = styled("#,##0", false);
            countTotal = styled("#,##0", true);
            percent = styled("0%", false);
            percentTotal = styled("0%", true);
            hidden = styled(null, false);
            hidden.setAlignment(HorizontalAlignment.RIGHT);
            hiddenTotal = styled(null, true);
            hiddenTotal.setAlignment(HorizontalAlignment.RIGHT);
            date = styled("d-m-yyyy", false);
        }

        CellStyle decimal(int places, boolean total) {
            int key = Math.min(3, places) * 2 + (total ? 1 : 0);
            if (decimals[key] == null) {
                decimals[key] = styled(places == 0 ? "#,##0" : "#,##0." + "0".repeat(Math.min(3, places)), total);
            }
            return decimals[key];
        }

        private CellStyle styled(String format, boolean total) {
            CellStyle s = wb.createCellStyle();
            if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            if (total) {
                s.setFont(bold);
                s.setBorderTop(BorderStyle.THIN);
            }
            return s;
        }
    }
}
