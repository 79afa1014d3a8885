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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.WorkItem;
import nl.werkmap.report.WorkList;
import nl.werkmap.report.export.StrictCsv;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/** The werklijst goes through the shared CSV writer: a name with a line break or a formula stays one safe record. */
class WorklistCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private final Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
            ZoneId.of("Europe/Amsterdam"));

    @Test
    void aNameWithALineBreakStaysOneRecordAndDatesAreDutch(@TempDir Path dir) throws Exception {
        Vault vault = Vault.create(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        String odd = "Yıldız \"Yıl\"\nKılıç; 2e";
        String formula = "=Şeyma";
        int items;
        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            DemoCaseload.generate(store, 200, 7, TODAY, done -> { });
            List<WorkItem> work = store.read(dsl -> WorkList.compute(dsl, clock, ReportScope.all())).items();
            items = work.size();
            assertTrue(items >= 2, "the demo has work due");
            rename(store, work.get(0).candidateId(), odd);
            rename(store, work.get(work.size() - 1).candidateId(), formula);
        }
        vault.lock();

        Path out = dir.resolve("werklijst.csv");
        var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code = new WorklistCommand(stdin, clock).run(List.of("--data", dir.toString(), "--out", out.toString()),
                new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code, said.toString(StandardCharsets.UTF_8));

        byte[] bytes = Files.readAllBytes(out);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF));
        List<List<String>> records = StrictCsv.parse(new String(Arrays.copyOfRange(bytes, 3, bytes.length),
                StandardCharsets.UTF_8));
        assertEquals(List.of("Wat", "Datum", "Te laat", "Kandidaat", "Coach"), records.get(0));
        assertEquals(items + 1, records.size(), "one record per item, the line break stays inside its field");
        assertTrue(records.stream().anyMatch(r -> r.get(3).equals(odd)), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.get(3).equals("'" + formula)), "defused");
        for (List<String> r : records.subList(1, records.size())) {
            assertEquals(5, r.size());
            assertTrue(r.get(1).matches("\\d{2}-\\d{2}-\\d{4}"), r.get(1));
        }
    }

    private static void rename(CaseloadStore store, String candidateId, String name) {
        Candidate c = store.candidates().find(UUID.fromString(candidateId)).orElseThrow();
        PersonalDetails p = c.personal();
        store.candidates().save(c.withPersonal(new PersonalDetails(name, p.preferredName(), p.bsn(), p.birthDate(),
                p.phone(), p.email(), p.address(), p.municipality())));
    }
}
