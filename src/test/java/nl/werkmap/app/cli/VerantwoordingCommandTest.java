package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.report.verantwoording.DocumentFixture;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/** The verantwoording command end to end on a locked caseload; and the hours as xlsx. */
class VerantwoordingCommandTest {

    @TempDir
    Path dir;
    private DocumentFixture f;
    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @BeforeEach
    void caseload() throws Exception {
        Vault vault = Vault.create(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            f = new DocumentFixture(store);
        }
        vault.lock();
    }

    private static InputStream passphrase() {
        return new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private int run(String... args) throws Exception {
        Clock clock = Clock.fixed(DocumentFixture.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new VerantwoordingCommand(passphrase(), clock).run(List.of(args),
                new PrintStream(said, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheRapportageAsPdfAndAsText() throws Exception {
        Path pdf = dir.resolve("rapportage.pdf");
        assertEquals(0, run("--data", dir.toString(), "--candidate", f.anna.id().toString(), "--halfjaar",
                "2026-H1", "--out", pdf.toString()), errors.toString(StandardCharsets.UTF_8));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Anna de Boer"), text);
        assertTrue(text.contains("Werkzaam, vervolgaanvraag gelijk regime"), text);
        for (String health : DocumentFixture.HEALTH_VALUES) {
            assertFalse(text.contains(health), health);
        }

        Path txt = dir.resolve("rapportage.txt");
        assertEquals(0, run("--data", dir.toString(), "--placement", f.job.id().toString(), "--period", "2026-H1",
                "--document", "evaluatie", "--out", txt.toString()));
        String pasted = Files.readString(txt);
        assertTrue(pasted.startsWith("Evaluatie door de werkgever\n"), pasted);
        assertTrue(pasted.contains("Verzuim in dagen: 3"), pasted);
        assertTrue(pasted.contains("Getekend door: Karin de Vries, op het scherm getekend op 24-6-2026"),
                pasted);
    }

    @Test
    void aMedicalWordInFreeTextStopsTheDocumentAndIsNamed() throws Exception {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE),
                Vault.unlock(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray()).sealer())) {
            JobcoachForm own = f.own;
            store.forms().save(new JobcoachForm(own.id(), own.candidateId(), own.placementId(), own.kind(),
                    own.period(), own.filledOn(), null, null, null, own.remark(),
                    "De werkgever houdt rekening met haar depressie.", own.answerCoachActivities(), own.result(),
                    null, null, false));
        }
        Path pdf = dir.resolve("rapportage.pdf");
        assertEquals(VerantwoordingCommand.MEDICAL_WORDS, run("--data", dir.toString(), "--candidate",
                f.anna.id().toString(), "--halfjaar", "2026-H1", "--out", pdf.toString()));
        assertFalse(Files.exists(pdf), "nothing written");
        String error = errors.toString(StandardCharsets.UTF_8);
        assertTrue(error.contains("'depressie' in Twee vragen"), error);
        assertEquals(0, run("--data", dir.toString(), "--candidate", f.anna.id().toString(), "--halfjaar",
                "2026-H1", "--out", pdf.toString(), "--termen-nagekeken"));
        assertTrue(Files.size(pdf) > 1000);
    }

    @Test
    void refusesAHalfYearWithoutPlacementInDutch() throws Exception {
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> run("--data",
                dir.toString(), "--candidate", f.anna.id().toString(), "--halfjaar", "2025-H1", "--out",
                dir.resolve("x.pdf").toString()));
        assertTrue(e.getMessage().contains("geen plaatsing"), e.getMessage());
    }

    @Test
    void hoursAsXlsxWithRealDatesAndNumbers() throws Exception {
        Path xlsx = dir.resolve("uren.xlsx");
        int code = new HoursCommand(passphrase()).run(List.of("--data", dir.toString(), "--period", "2026-H1",
                "--out", xlsx.toString()), new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Uren coaching", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
            Row first = sheet.getRow(1);
            assertEquals(DocumentFixture.H1.start().plusMonths(1).plusDays(2),
                    first.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Anna de Boer", first.getCell(2).getStringCellValue());
            assertEquals(2.0, first.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(20.0, first.getCell(6).getNumericCellValue(), 1e-9);
        }
    }
}
