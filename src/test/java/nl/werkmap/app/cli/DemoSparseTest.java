package nl.werkmap.app.cli;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.CoachRole;
import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SummaryTables;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/** {@code demo --sparse}: a new team of one or two coaches, recent intakes, few placements and no budgets yet. */
class DemoSparseTest {

    private static final String PASSPHRASE = "fietsen langs de ijssel";

    @Test
    void aNewTeamIsSmallRecentAndHasNoBudgets(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("nieuw");
        Path passFile = tmp.resolve("pass.txt");
        Files.writeString(passFile, PASSPHRASE + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new DemoCommand(new ByteArrayInputStream(new byte[0])).run(List.of("--data", dir.toString(),
                "--sparse", "--passphrase-file", passFile.toString()), new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("12 kandidaten"), out.toString(StandardCharsets.UTF_8));

        Vault vault = Vault.unlock(dir.resolve("keyring.json"), PASSPHRASE.toCharArray());
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            assertTrue(store.isDemo());
            long coaches = store.coaches().all().stream().filter(c -> c.role() != CoachRole.TEAMLEIDER).count();
            assertTrue(coaches >= 1 && coaches <= 2, coaches + " coaches");
            List<String> registered = store.read(dsl -> dsl.select(CANDIDATE.REGISTERED_ON).from(CANDIDATE)
                    .fetch(CANDIDATE.REGISTERED_ON));
            assertEquals(12, registered.size());
            LocalDate longAgo = LocalDate.now().minusDays(121);
            assertTrue(registered.stream().allMatch(d -> LocalDate.parse(d).isAfter(longAgo)), "only recent intakes");
            int budgets = store.read(dsl -> dsl.fetchCount(PLACEMENT, PLACEMENT.HOURS_GRANTED_HALF_YEAR.isNotNull()));
            assertEquals(0, budgets);
            var summary = store.read(dsl -> new SummaryService(dsl, Clock.systemDefaultZone())
                    .compute(ReportPeriod.custom(LocalDate.now().minusMonths(4), LocalDate.now()), ReportScope.all()));
            List<ReportTable> tables = new SummaryTables().tables(summary);
            ReportTable budget = tables.stream().filter(t -> t.id().equals("jobcoach_uren")).findFirst().orElseThrow();
            assertTrue(budget.noData(), "no jobcoach hours granted yet");
        } finally {
            vault.lock();
        }
    }

    @Test
    void theProfileIsNamedOrRefused(@TempDir Path tmp) {
        UsageException unknown = assertThrows(UsageException.class, () -> new DemoCommand(stdin()).run(
                List.of("--data", tmp.resolve("a").toString(), "--profile", "groot"), System.out, System.err));
        assertTrue(unknown.getMessage().contains("nieuw-team"));
        UsageException many = assertThrows(UsageException.class, () -> new DemoCommand(stdin()).run(
                List.of("--data", tmp.resolve("b").toString(), "--profile", "nieuw-team", "--candidates", "500"),
                System.out, System.err));
        assertTrue(many.getMessage().contains("--sparse"));
    }

    private static ByteArrayInputStream stdin() {
        return new ByteArrayInputStream((PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
