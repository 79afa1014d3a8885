package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/** The headless export on a real encrypted caseload (vault, store, demo data), as a user would run it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private final Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
            ZoneId.of("Europe/Amsterdam"));
    private Path data;

    @BeforeAll
    void caseload(@TempDir Path dir) throws Exception {
        data = dir;
        // A real vault: the command unlocks with the production key derivation.
        Vault vault = Vault.create(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            DemoCaseload.generate(store, 300, 7, TODAY, done -> { });
        }
        vault.lock();
    }

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        int code = new ExportCommand(stdin, clock).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAPdfWithThePassphraseFromStandardInput() throws Exception {
        Path pdf = data.resolve("overzicht.pdf");
        String said = run("--data", data.toString(), "--period", "2025-H2", "--scope", "all", "--format", "pdf",
                "--out", pdf.toString());
        assertTrue(said.contains("2e halfjaar 2025"), said);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Caseload per coach"));
            assertTrue(text.contains("alle kandidaten op dit apparaat"));
        }
    }

    @Test
    void takesTheFormatFromTheFileNameAndWritesCsvAndXlsx() throws Exception {
        run("--data", data.toString(), "--period", "2025", "--out", data.resolve("a.csv").toString());
        run("--data", data.toString(), "--period", "2025-Q4", "--out", data.resolve("a.xlsx").toString());
        byte[] csv = Files.readAllBytes(data.resolve("a.csv"));
        assertEquals((byte) 0xEF, csv[0]);
        assertTrue(Files.size(data.resolve("a.xlsx")) > 1000);
        assertFalse(Files.list(data).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
    }

    @Test
    void aWrongPassphraseOrPeriodIsExplainedInDutch() {
        var stdin = new ByteArrayInputStream("fout\n".getBytes(StandardCharsets.UTF_8));
        UsageException wrong = assertThrows(UsageException.class, () -> new ExportCommand(stdin, clock).run(
                List.of("--data", data.toString(), "--period", "2025", "--out", data.resolve("b.pdf").toString()),
                System.out, System.err));
        assertTrue(wrong.getMessage().contains("wachtwoord"));
        UsageException period = assertThrows(UsageException.class, () -> run("--data", data.toString(), "--period",
                "2025-T5", "--out", data.resolve("c.pdf").toString()));
        assertTrue(period.getMessage().contains("2026-T3"));
        assertFalse(Files.exists(data.resolve("b.pdf")));
    }

    @Test
    void aDamagedCaseloadGivesNoReportButTheNewestBackup(@TempDir Path copy) throws Exception {
        for (String name : List.of(DataDirectory.KEYRING_FILE, DataDirectory.DATABASE_FILE)) {
            Files.copy(data.resolve(name), copy.resolve(name));
        }
        Path backup = Files.createDirectories(copy.resolve("backups")).resolve("werkmap-20260301T000000Z-v22.db");
        Files.copy(copy.resolve(DataDirectory.DATABASE_FILE), backup);
        Path db = copy.resolve(DataDirectory.DATABASE_FILE);
        long middle = Files.size(db) / 2 / 4096 * 4096 + 64;
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            f.seek(middle);
            f.write(new byte[2000]);
        }
        Path pdf = copy.resolve("overzicht.pdf");
        var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        Exception refused = assertThrows(Exception.class, () -> new ExportCommand(stdin, clock).run(List.of(
                "--data", copy.toString(), "--period", "2025", "--out", pdf.toString()), System.out, System.err));
        assertTrue(refused.getMessage().contains("beschadigd"), refused.getMessage());
        assertTrue(refused.getMessage().contains(backup.toAbsolutePath().toString()), refused.getMessage());
        assertFalse(Files.exists(pdf), "no report from a damaged caseload");
        try (var files = Files.list(copy)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".werkmap-export")));
        }
    }
}
