package nl.werkmap.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/** Column widths from measured text: every header word and value fits, the page width is used exactly. */
class PdfColumnsTest {

    private static ReportTable table(List<String> headers) {
        List<ReportCell> row = new ArrayList<>();
        row.add(ReportCell.text("Praktijkschool West"));
        for (int i = 1; i < headers.size(); i++) {
            row.add(ReportCell.count(12_345));
        }
        return new ReportTable("t", "T", "", headers, List.of(row), false, -1);
    }

    @Test
    void everyHeaderWordFitsItsColumnAndTheColumnsFillTheWidth() throws Exception {
        ReportTable t = table(List.of("School", "Participatiewet", "Bestemming: dagbesteding", "Afspraakbanen markt",
                "Afspraakbanen overheid", "Schoolverlaters", "Uitstroomprofiel", "Bestemming: onbekend"));
        PdfColumns c = PdfColumns.of(t, PdfPager.WIDTH, 8);
        float sum = 0;
        for (int i = 0; i < c.count(); i++) {
            sum += c.width(i);
            for (String word : t.headers().get(i).split(" ")) {
                assertTrue(PdfText.width(word, PdfExporter.BOLD, c.headerSize()) <= c.room(i),
                        word + " fits column " + i);
            }
        }
        assertEquals(PdfPager.WIDTH, sum, 0.01);
        assertTrue(c.right(1), "figures are right-aligned");
        assertFalse(c.right(0), "the label column is not");
    }

    @Test
    void aTightTableStepsTheHeaderFontDownBeforeCuttingAnything() throws Exception {
        List<String> many = new ArrayList<>(List.of("Soort"));
        for (int i = 0; i < 9; i++) {
            many.add("Uitstroomprofiel");
        }
        PdfColumns c = PdfColumns.of(table(many), PdfPager.WIDTH, 8);
        assertTrue(c.headerSize() < 8, "smaller header font: " + c.headerSize());
    }
}
