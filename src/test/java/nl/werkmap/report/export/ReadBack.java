package nl.werkmap.report.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Writes a report document in one format and reads it back the way its reader would: POI for XLSX, a CSV parse
 * for CSV, PDFBox text for PDF. Each gives the published text of every cell, so tests can look for what must (and
 * must not) be in a file. Throws when a file does not parse.
 */
public final class ReadBack {

    private ReadBack() {
    }

    /** The file as bytes. */
    public static byte[] write(ReportDocument document, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(document, out);
        return out.toByteArray();
    }

    /** XLSX: per sheet (cover first), its rows, each a list of cell texts as shown (numbers unformatted). */
    public static List<List<List<String>>> xlsx(byte[] bytes) throws IOException {
        List<List<List<String>>> sheets = new ArrayList<>();
        DataFormatter plain = new DataFormatter(java.util.Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row r : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell c : r) {
                        cells.add(c.getCellType() == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil
                                .isCellDateFormatted(c) ? numeric(c.getNumericCellValue()) : plain.formatCellValue(c));
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
        }
        return sheets;
    }

    private static String numeric(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** CSV: the rows after the byte order mark, split on ';' with double quotes. */
    public static List<List<String>> csv(byte[] bytes) {
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
            throw new IllegalStateException("CSV without a UTF-8 byte order mark");
        }
        return ExportersTest.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    /** PDF: the text of every page, and the number of pages. */
    public static String pdf(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() < 1) {
                throw new IllegalStateException("PDF without pages");
            }
            return new PDFTextStripper().getText(pdf);
        }
    }
}
