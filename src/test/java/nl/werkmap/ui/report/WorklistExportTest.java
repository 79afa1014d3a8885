package nl.werkmap.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.report.export.StrictCsv;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/** The werklijst saved from the screen goes through the shared CSV writer, in the screen's language for its words. */
class WorklistExportTest {

    private static List<List<String>> export(Messages messages, Path file) throws Exception {
        // No figures are needed to save the list: the source is never asked.
        ReportViewModel vm = new ReportViewModel(null, Background.sameThread(), messages, LocalDate.of(2026, 3, 16));
        vm.work.setAll(
                new ReportViewModel.WorkRow("Einde proefplaatsing", LocalDate.of(2026, 3, 2), true, "Yıldız\nKılıç",
                        "Łukasz Nowak"),
                new ReportViewModel.WorkRow("Halfjaarrapportage", LocalDate.of(2026, 4, 1), false, "@Şeyma",
                        "Anna; de Vries"));
        vm.exportWorklist(file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF, "BOM: " + vm.message.get());
        return StrictCsv.parse(new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8));
    }

    @Test
    void dutchListKeepsTheNameWithALineBreakInOneRecord(@TempDir Path dir) throws Exception {
        List<List<String>> records = export(Messages.dutch(), dir.resolve("werklijst.csv"));
        assertEquals(List.of("Wat", "Datum", "Te laat", "Kandidaat", "Coach"), records.get(0));
        assertEquals(List.of("Einde proefplaatsing", "02-03-2026", "ja", "Yıldız\nKılıç", "Łukasz Nowak"), records.get(1));
        assertEquals(List.of("Halfjaarrapportage", "01-04-2026", "nee", "'@Şeyma", "Anna; de Vries"), records.get(2));
        assertEquals(3, records.size());
    }

    @Test
    void englishListHasEnglishWordsAndTheFileDate(@TempDir Path dir) throws Exception {
        List<List<String>> records = export(Messages.forLocale(Locale.ENGLISH), dir.resolve("worklist.csv"));
        assertEquals(List.of("What", "Date", "Overdue", "Candidate", "Coach"), records.get(0));
        assertTrue(records.get(1).containsAll(List.of("02-03-2026", "yes")), records.get(1).toString());
    }
}
