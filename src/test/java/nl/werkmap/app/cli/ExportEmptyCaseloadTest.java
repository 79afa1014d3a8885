package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.report.export.ReadBack;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/** A brand-new caseload, as a new team starts: the headless export writes all three files, each saying "no data". */
class ExportEmptyCaseloadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private final Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
            ZoneId.of("Europe/Amsterdam"));

    @Test
    void anEmptyCaseloadExportsInEveryFormat(@TempDir Path data) throws Exception {
        Vault vault = Vault.create(data.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        CaseloadStore.open(data.resolve(DataDirectory.DATABASE_FILE), vault.sealer()).close();
        vault.lock();
        for (String format : List.of("xlsx", "csv", "pdf")) {
            Path out = data.resolve("leeg." + format);
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
            int code = new ExportCommand(stdin, clock).run(List.of("--data", data.toString(), "--period", "2026-T1",
                    "--scope", "all", "--out", out.toString()), new PrintStream(said, true, StandardCharsets.UTF_8),
                    System.err);
            assertEquals(0, code, said.toString(StandardCharsets.UTF_8));
            byte[] bytes = Files.readAllBytes(out);
            String text = switch (format) {
                case "xlsx" -> ReadBack.xlsx(bytes).toString();
                case "csv" -> ReadBack.csv(bytes).toString();
                default -> ReadBack.pdf(bytes);
            };
            assertTrue(text.contains(ReportTable.NO_DATA), format + " says there is no data");
        }
    }
}
