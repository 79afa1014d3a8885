package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SmallCellPolicy;

/**
 * XLSX: a cover sheet ("Toelichting") with period, scope, creation date and what "&lt;5" means, then one sheet per
 * table. Numbers and dates are real cell values with number formats (Excel shows them the Dutch way on a Dutch
 * machine: 1.234 / 0,47 / 47% / 01-09-2026); hidden counts are text ("&lt;5", "x"), right-aligned like numbers.
 * Title and header rows are frozen. Written as a stream (POI's SXSSF, inline strings): on 150,000 candidates the
 * per-coach sheets hold thousands of rows, which POI's in-memory XSSF model took seconds to build and save.
 */
public final class XlsxExporter {

    /** Row of the column headers on a table sheet; rows above it hold the title. */
    public static final int HEADER_ROW = 2;
    /** Creator, last modifier and application in the file's properties. */
    static final String AUTHOR = "Werkmap";
    /** The Dutch file style of a date (01-09-2026), the same as CSV and PDF; Excel keeps the value a real date. */
    static final String DATE_FORMAT = "dd-mm-yyyy";

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (DeferredSXSSFWorkbook wb = new DeferredSXSSFWorkbook()) {
            describe(wb, document);
            Styles styles = new Styles(wb);
            cover(wb.createSheet("Toelichting"), styles, document);
            Set<String> names = new HashSet<>();
            for (ReportTable t : document.tables()) {
                table(wb.createSheet(sheetName(t.title(), names)), styles, t);
            }
            // Straight into the file: no temporary copy of the figures on disk, and no shared-string table to
            // keep up (POI's XSSF spent most of an export there and in building the sheets as XML objects).
            wb.writeAvoidingTempFiles(out);
        }
    }

    /**
     * The file's own facts: made by Werkmap (POI would sign it "Apache POI", which Excel shows as the author), with
     * the report's title and creation time.
     */
    private static void describe(DeferredSXSSFWorkbook wb, ReportDocument d) {
        POIXMLProperties properties = wb.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreator(AUTHOR);
        core.setLastModifiedByUser(AUTHOR);
        core.setTitle(d.title() + " " + d.period());
        core.setCreated(Optional.of(Date.from(d.createdAt().atZone(ZoneId.systemDefault()).toInstant())));
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(AUTHOR);
    }

    /** Rows are made while the file is written ({@link DeferredSXSSFSheet}); the sheet's layout is set now. */
    private static void cover(DeferredSXSSFSheet sheet, Styles s, ReportDocument d) {
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        sheet.setRowGenerator(rows -> {
            text(rows.createRow(0), 0, d.title(), s.title);
            int r = 2;
            for (String[] line : d.cover()) {
                Row row = rows.createRow(r++);
                text(row, 0, line[0], s.header);
                text(row, 1, line[1], s.wrap);
            }
            Row row = rows.createRow(r + 1);
            text(row, 0, "Tabellen", s.header);
            for (ReportTable t : d.tables()) {
                text(rows.createRow(r + 2), 1, t.title(), s.text);
                r++;
            }
        });
    }

    private static void table(DeferredSXSSFSheet sheet, Styles s, ReportTable t) {
        sheet.createFreezePane(0, HEADER_ROW + 1);
        for (int c = 0; c < t.headers().size(); c++) {
            sheet.setColumnWidth(c, columnWidth(c, t.headers().get(c)));
        }
        sheet.setRowGenerator(rows -> {
            text(rows.createRow(0), 0, t.title(), s.title);
            Row header = rows.createRow(HEADER_ROW);
            for (int c = 0; c < t.headers().size(); c++) {
                text(header, c, t.headers().get(c), s.header);
            }
            int r = HEADER_ROW + 1;
            if (t.noData()) {
                text(rows.createRow(r++), 0, ReportTable.NO_DATA, s.text);
            }
            for (int i = 0; i < t.rows().size(); i++) {
                boolean total = t.lastRowIsTotal() && i == t.rows().size() - 1;
                Row row = rows.createRow(r++);
                List<ReportCell> cells = t.rows().get(i);
                for (int c = 0; c < cells.size(); c++) {
                    value(row.createCell(c), cells.get(c), s, total);
                }
            }
            if (!t.note().isEmpty()) {
                text(rows.createRow(r + 1), 0, t.note(), s.text);
            }
            if (t.anyHidden()) {
                text(rows.createRow(r + 2), 0, SmallCellPolicy.EXPLANATION, s.text);
            }
        });
    }

    /**
     * Width in 1/256 of a character, from the header's length (no autoSizeColumn: it measures every cell with AWT
     * fonts): the label column wide, a figure column as wide as its header up to 30 (a longer header wraps), at
     * least 12 so a number fits.
     */
    static int columnWidth(int column, String header) {
        return (column == 0 ? 34 : Math.max(12, Math.min(30, header.length() + 2))) * 256;
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
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
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
            date = styled(DATE_FORMAT, false);
            // All made now, not on first use: the rows are made while the file is written, after its styles part.
            for (int places = 0; places <= 3; places++) {
                String format = places == 0 ? "#,##0" : "#,##0." + "0".repeat(places);
                decimals[places * 2] = styled(format, false);
                decimals[places * 2 + 1] = styled(format, true);
            }
        }

        CellStyle decimal(int places, boolean total) {
            return decimals[Math.min(3, places) * 2 + (total ? 1 : 0)];
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
