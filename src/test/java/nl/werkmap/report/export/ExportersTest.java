package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.TeamNoordAccess;

/** Writes the fixture's summary in every format and reads it back with POI, a CSV parse and PDFBox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportersTest {

    private TeamNoordAccess fixture;
    private ReportDocument document;
    private Path dir;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        this.dir = dir;
        fixture = TeamNoordAccess.open(dir.resolve("caseload.db"));
        SummaryService service = new SummaryService(fixture.dsl(), TeamNoordAccess.TODAY);
        document = ReportDocument.of(service.compute(ReportPeriod.parse("2026-T3"), ReportScope.team("Noord")));
    }

    @AfterAll
    void close() throws Exception {
        fixture.close();
    }

    private Path write(ReportFormat format) throws Exception {
        Path file = dir.resolve("overzicht." + format.extension());
        try (var out = Files.newOutputStream(file)) {
            format.write(document, out);
        }
        return file;
    }

    @Test
    void xlsxHasACoverAndASheetPerTableWithRealNumbersAndFrozenHeaders() throws Exception {
        Path file = write(ReportFormat.XLSX);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals(document.tables().size() + 1, wb.getNumberOfSheets());
            Sheet cover = wb.getSheet("Toelichting");
            String coverText = allText(cover);
            assertTrue(coverText.contains("3e tertiaal 2026"));
            assertTrue(coverText.contains("team Noord"));
            assertTrue(coverText.contains("\"<5\" betekent 1, 2, 3 of 4"));

            Sheet caseload = wb.getSheet("Caseload per coach");
            assertEquals(XlsxExporter.HEADER_ROW + 1, caseload.getPaneInformation().getHorizontalSplitPosition());
            Row anna = caseload.getRow(XlsxExporter.HEADER_ROW + 1);
            assertEquals("Anna de Vries", anna.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, anna.getCell(2).getCellType(), "the target: a real number");
            assertEquals(40.0, anna.getCell(2).getNumericCellValue());
            assertEquals("#,##0", anna.getCell(2).getCellStyle().getDataFormatString());
            assertEquals("<5", anna.getCell(4).getStringCellValue(), "1 new intake is hidden");
            Row bram = caseload.getRow(XlsxExporter.HEADER_ROW + 2);
            assertEquals("<5", bram.getCell(1).getStringCellValue(), "4 active is hidden");
            assertEquals("x", anna.getCell(1).getStringCellValue(),
                    "Anna's 5 is hidden too, or the total of 9 gives Bram's 4 away");
            assertEquals("x", anna.getCell(3).getStringCellValue(), "and so is her % of target, which gives the 5 away");
            Row total = caseload.getRow(XlsxExporter.HEADER_ROW + 3);
            assertEquals(9.0, total.getCell(1).getNumericCellValue(),
                    "the total of 9 is also the grand total of the register table, which protects its small cells "
                            + "without hiding it, so it shows in both");
        }
    }

    @Test
    void xlsxDatesAreRealDates() throws Exception {
        Path file = write(ReportFormat.XLSX);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet days = null;
            for (Sheet sheet : wb) {
                days = sheet.getSheetName().startsWith("Dagen met meer dan 10") ? sheet : days;
            }
            Cell date = days.getRow(XlsxExporter.HEADER_ROW + 1).getCell(1);
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(java.time.LocalDate.of(2026, 10, 5), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(11.0, days.getRow(XlsxExporter.HEADER_ROW + 1).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndDecimalComma() throws Exception {
        byte[] bytes = Files.readAllBytes(write(ReportFormat.CSV));
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("Werkmap teamoverzicht"), rows.get(0));
        int banen = indexOf(rows, "Gestart");
        assertEquals(List.of("Gestart", "<5", "<5", "x"), rows.get(banen), "3 jobs, 3 people: banen hidden with them");
        int hours = indexOf(rows, "Anna de Vries", 5);
        assertTrue(rows.stream().anyMatch(r -> r.equals(List.of("Anna de Vries", "3", "16,5", "5,5", "1"))),
                "hours per day with decimal comma: " + rows.get(hours));
        assertTrue(rows.stream().anyMatch(r -> r.size() == 3 && r.get(0).equals("Anna de Vries") && r.get(1).equals("05-10-2026")));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Zelfredzaamheid-Matrix: verandering per domein")));
    }

    @Test
    void pdfCarriesTheKeyFiguresInReadableText() throws Exception {
        Path file = write(ReportFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Werkmap teamoverzicht"));
            assertTrue(text.contains("3e tertiaal 2026"));
            assertTrue(text.contains("Afspraakbanen op de peildatum 31-12-2026"));
            assertTrue(text.contains("Gestarte en beëindigde afspraakbanen"), "Dutch characters survive");
            assertTrue(text.contains("Anna de Vries 3 16,5 5,5 1"), text);
            assertTrue(text.contains("<5"));
            assertTrue(pdf.getNumberOfPages() >= 2);
        }
    }

    @Test
    void noExportContainsACandidateIdOrSealedBytes() throws Exception {
        for (ReportFormat f : ReportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.write(document, out);
            String text = f == ReportFormat.CSV ? out.toString(StandardCharsets.UTF_8) : "";
            assertFalse(text.contains("k13"), f + " names a candidate id");
        }
        String csv = csvText();
        assertFalse(csv.contains("VSO De Brug;VSO;Arbeidsmarkt;1"), "a 1 is never published");
    }

    private String csvText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.CSV.write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(List<List<String>> rows, String first) {
        return indexOf(rows, first, 0);
    }

    private static int indexOf(List<List<String>> rows, String first, int size) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first) && (size == 0 || rows.get(i).size() == size)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + first);
    }

    /** A small CSV reader: fields split on ';', double quotes around fields that need them. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row.size() == 1 && row.get(0).isEmpty() ? List.of() : row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    private static String allText(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    static String[] split(String line) {
        return Arrays.stream(line.split(";", -1)).toArray(String[]::new);
    }
}
