package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/** The one CSV writer: Dutch Excel's dialect, safe quoting, formulas defused, read back by a strict reader. */
class CsvWriterTest {

    private interface Body {
        void write(CsvWriter csv) throws Exception;
    }

    private static byte[] bytes(Body body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out)) {
            body.write(csv);
        }
        return out.toByteArray();
    }

    private static List<List<String>> read(byte[] bytes) {
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF), "UTF-8 BOM");
        return StrictCsv.parse(new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8));
    }

    @Test
    void aNameWithALineBreakSemicolonAndQuotesStaysOneRecord() throws Exception {
        String name = "Yıldız \"Yıl\" Kılıç;\r\nafdeling 2\nkamer 3";
        byte[] b = bytes(csv -> {
            csv.record(List.of("Naam", "Datum"));
            csv.text(name).date(LocalDate.of(2026, 9, 1)).endRecord();
            csv.text("Łukasz").date(LocalDate.of(2026, 12, 31)).endRecord();
        });
        List<List<String>> records = read(b);
        assertEquals(3, records.size(), "header and two people: the line breaks stay inside the field");
        assertEquals(List.of(name, "01-09-2026"), records.get(1));
        assertEquals(List.of("Łukasz", "31-12-2026"), records.get(2));
        String raw = new String(b, StandardCharsets.UTF_8);
        assertEquals(true, raw.contains("\"Yıldız \"\"Yıl\"\" Kılıç;\r\nafdeling 2\nkamer 3\""), "quoted, quotes doubled");
    }

    @Test
    void formulaLookingTextGetsAnApostropheAndNumbersDoNot() throws Exception {
        byte[] b = bytes(csv -> {
            csv.text("=SOM(A1:A9)").text("+31612345678").text("-kort").text("@werk").text("\tTab").text("\rCR")
                    .text("gewoon").endRecord();
            csv.number(-1.5, 1).count(-3).number(16.5, 1).percent(0.47).number(1234.567, 2).endRecord();
        });
        List<List<String>> records = read(b);
        assertEquals(List.of("'=SOM(A1:A9)", "'+31612345678", "'-kort", "'@werk", "'\tTab", "'\rCR", "gewoon"),
                records.get(0));
        assertEquals(List.of("-1,5", "-3", "16,5", "47%", "1234,57"), records.get(1),
                "decimal comma, no thousands separator, negative numbers stay numbers");
    }

    @Test
    void recordsEndInCrlfAndABlankRecordIsAnEmptyLine() throws Exception {
        byte[] b = bytes(csv -> {
            csv.record(List.of("a", "b"));
            csv.endRecord();
            csv.text("").text(null).date(null).endRecord();
        });
        assertEquals("a;b\r\n\r\n;;\r\n", new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void theSummaryCsvGoesThroughTheWriter() throws Exception {
        ReportTable table = new ReportTable("t", "Caseload per coach", "", List.of("Coach", "Uren", "Sinds"),
                List.of(List.of(ReportCell.text("Şeyma\nÖztürk"), ReportCell.decimal(-0.5, 1),
                        ReportCell.date(LocalDate.of(2026, 4, 1))),
                        List.of(ReportCell.text("=HYPERLINK(\"x\")"), ReportCell.decimal(2, 1), ReportCell.date(
                                LocalDate.of(2026, 11, 3)))), false, -1);
        ReportDocument document = new ReportDocument("Werkmap teamoverzicht", "2e kwartaal 2026", "team Noord",
                "30-06-2026", LocalDateTime.of(2026, 7, 1, 9, 5), List.of(table));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(document, out);
        List<List<String>> records = read(out.toByteArray());
        assertTrue(records.contains(List.of("Şeyma\nÖztürk", "-0,5", "01-04-2026")), records.toString());
        assertTrue(records.contains(List.of("'=HYPERLINK(\"x\")", "2,0", "03-11-2026")), records.toString());
        assertTrue(records.contains(List.of("Gemaakt op", "01-07-2026 09:05")), records.toString());
    }

    @Test
    void theStrictReaderRejectsWhatASloppyWriterProduces() {
        assertThrows(IllegalArgumentException.class, () -> StrictCsv.parse("Naam\r\nYıldız\nKılıç;x\r\n"));
        assertThrows(IllegalArgumentException.class, () -> StrictCsv.parse("a \"b\";c\r\n"));
        assertThrows(IllegalArgumentException.class, () -> StrictCsv.parse("\"a\"b;c\r\n"));
        assertThrows(IllegalArgumentException.class, () -> StrictCsv.parse("a;b"));
    }
}
