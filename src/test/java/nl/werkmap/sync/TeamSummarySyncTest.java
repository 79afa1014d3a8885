package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.cli.ExportCommand;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.report.GeneratedCaseload;
import nl.werkmap.report.GeneratedCaseloadPropertyTest;
import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.export.ReadBack;
import nl.werkmap.report.export.ReportDocument;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.security.TestVaults;

/**
 * The team's path, end to end: a hub on loopback, two coaches with real (not demo) caseloads and their team lead.
 * The coaches work offline, come back and sync; the lead's laptop then holds the team, and its summary for the
 * team and for everything adds up to what each coach's own laptop says about their own caseload. The lead exports
 * every format (through the CLI too), small counts show as "&lt;5" and no hidden count can be worked out.
 */
class TeamSummarySyncTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final Set<GeneratedCaseload.Kind> EVERYTHING = EnumSet.complementOf(
            EnumSet.of(GeneratedCaseload.Kind.NO_COACH, GeneratedCaseload.Kind.TOMBSTONES));

    @TempDir
    Path dir;

    @Test
    void theLeadsSummaryIsTheSumOfTheCoachesOwnAndExportsInEveryFormat() throws Exception {
        // The lead's laptop seals with a vault as the app makes it (the CLI accepts only production key
        // derivation), so its synced caseload opens with its own keyring at the end; a foreign keyring is refused.
        Path leadData = Files.createDirectories(dir.resolve("lotte-data"));
        nl.werkmap.security.Vault leadVault = nl.werkmap.security.Vault.create(leadData.resolve("keyring.json"),
                TestVaults.PASSPHRASE.toCharArray());
        try (HubFixture hub = new HubFixture(dir, "gemeente-a");
             Laptop anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
             Laptop bram = new Laptop(dir, hub, "Bram", HubRole.WERKCOACH, "noord");
             Laptop lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord", Clock.systemUTC(),
                     leadVault.sealer())) {
            for (Laptop laptop : List.of(anouk, bram, lotte)) {
                assertTrue(laptop.sync().ok(), "first sync brings the coach rows");
            }
            LocalDate today = LocalDate.now(CLOCK);
            // Offline: Anouk's caseload of every kind of record, Bram's three new candidates (so "<5" for him).
            anouk.offline();
            bram.offline();
            new GeneratedCaseload(17, today, EVERYTHING).write(anouk.store, 16, List.of(anouk.coachId()));
            new GeneratedCaseload(18, today, EnumSet.complementOf(EnumSet.of(GeneratedCaseload.Kind.OUTFLOW,
                    GeneratedCaseload.Kind.NO_COACH, GeneratedCaseload.Kind.TOMBSTONES)))
                    .write(bram.store, 3, List.of(bram.coachId()));
            Candidate later = anouk.newCandidate("Sanne de Vries");
            anouk.store.candidates().save(later.withStatus(CandidateStatus.INTAKE, null, null, today));
            assertTrue(!anouk.sync().ok(), "no network yet");
            anouk.newEngine(Clock.systemUTC());
            bram.newEngine(Clock.systemUTC());
            for (Laptop laptop : List.of(anouk, bram, lotte, anouk, bram, lotte)) {
                SyncReport report = laptop.sync();
                assertTrue(report.ok(), report.error());
            }

            ReportPeriod year = ReportPeriod.parse(Integer.toString(today.getYear()));
            ReportPeriod lastYear = ReportPeriod.parse(Integer.toString(today.getYear() - 1));
            for (ReportPeriod period : List.of(year, lastYear)) {
                long[] union = add(figures(anouk, period, ReportScope.all()), figures(bram, period, ReportScope.all()));
                assertArrayEquals(union, figures(lotte, period, ReportScope.team("noord")), "team, " + period);
                assertArrayEquals(union, figures(lotte, period, ReportScope.all()), "all, " + period);
                for (ReportScope scope : List.of(ReportScope.team("noord"), ReportScope.all())) {
                    ReportDocument document = GeneratedCaseloadPropertyTest.summarise(lotte.store, period, scope, CLOCK);
                    GeneratedCaseloadPropertyTest.assertParsesBack(document);
                }
            }
            ReportDocument team = GeneratedCaseloadPropertyTest.summarise(lotte.store, year, ReportScope.team("noord"),
                    CLOCK);
            ReportTable caseload = team.tables().stream().filter(t -> t.id().equals("caseload")).findFirst().orElseThrow();
            List<String> bramsRow = caseload.rows().stream().filter(r -> r.get(0).display().startsWith("Bram"))
                    .findFirst().orElseThrow().stream().map(c -> c.display()).toList();
            assertEquals("<5", bramsRow.get(1), "Bram's three active candidates: " + bramsRow);
            List<List<String>> csv = ReadBack.csv(ReadBack.write(team, nl.werkmap.report.export.ReportFormat.CSV));
            assertTrue(csv.stream().anyMatch(r -> r.size() > 1 && r.get(0).startsWith("Bram") && r.get(1).equals("<5")),
                    "and so in the CSV");

            lotte.close();
            exportThroughTheCli(lotte.file);
        }
    }

    /** The lead's synced caseload file in a data folder of its own, exported by the command a lead would run. */
    private void exportThroughTheCli(Path caseload) throws Exception {
        Path data = dir.resolve("lotte-data");
        Files.copy(caseload, data.resolve("werkmap.db"));
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, TestVaults.PASSPHRASE + "\n");
        for (String scope : List.of("team", "all")) {
            // Every format for the team; one for everything (each run derives the key again: about a second).
            for (String format : scope.equals("team") ? List.of("xlsx", "csv", "pdf") : List.of("csv")) {
                Path out = dir.resolve("team-" + scope + "." + format);
                ByteArrayOutputStream said = new ByteArrayOutputStream();
                int code = new ExportCommand().run(List.of("--data", data.toString(), "--period",
                        Integer.toString(LocalDate.now(CLOCK).getYear()), "--scope", scope, "--out", out.toString(),
                        "--passphrase-file", pass.toString()), new PrintStream(said, true, StandardCharsets.UTF_8),
                        System.err);
                assertEquals(0, code, said.toString(StandardCharsets.UTF_8));
                byte[] bytes = Files.readAllBytes(out);
                String text = switch (format) {
                    case "xlsx" -> ReadBack.xlsx(bytes).toString();
                    case "csv" -> ReadBack.csv(bytes).toString();
                    default -> ReadBack.pdf(bytes);
                };
                assertTrue(text.contains("<5"), scope + " " + format + " hides small counts");
            }
        }
    }

    /** The additive figures of a summary, in a fixed order, so two caseloads' figures can be summed. */
    private static long[] figures(Laptop laptop, ReportPeriod period, ReportScope scope) {
        TeamSummary s = laptop.store.read(dsl -> new SummaryService(dsl, CLOCK).compute(period, scope));
        List<Long> f = new ArrayList<>();
        f.add(s.caseload().active());
        f.add(s.caseload().newIntakes());
        f.add(s.caseload().outflow());
        addAll(f, s.caseload().byStatus().counts());
        addAll(f, s.caseload().registerByGrondslag().counts());
        addAll(f, s.caseload().outflowByDestination().counts());
        addAll(f, s.banen().jobsAtPeildatum().counts());
        f.add(s.banen().personsAtPeildatum());
        f.add(s.banen().notInRegister());
        f.add(s.banen().started().jobs());
        f.add(s.banen().ended().jobs());
        f.add(s.banen().proefplaatsingenEnded());
        f.add(s.banen().proefplaatsingenToContract());
        f.add(s.banen().after6Months().measurable());
        f.add(s.banen().after12Months().stillPlaced());
        f.add(s.contact().perCoach().stream().mapToLong(c -> c.sessions()).sum());
        f.add(s.contact().perCoach().stream().mapToLong(c -> c.outOfView()).sum());
        f.add(s.contact().perCoach().stream().mapToLong(c -> c.complete()).sum());
        f.add(s.jobcoachHours().perCoach().stream().mapToLong(c -> c.placements()).sum());
        f.add(s.jobcoachHours().perCoach().stream().mapToLong(c -> c.overBudget()).sum());
        f.add(Math.round(s.jobcoachHours().perCoach().stream().mapToDouble(c -> c.used()).sum() * 10));
        f.add(s.jobcoachHours().perCoachDay().stream().mapToLong(c -> c.days()).sum());
        addAll(f, s.movement().ladder().counts());
        s.movement().zrm().forEach(z -> {
            f.add(z.up());
            f.add(z.same());
            f.add(z.down());
        });
        f.add(s.schoolLeavers().perSchool().stream().mapToLong(r -> r.leavers()).sum());
        addAll(f, s.schoolLeavers().situation().counts());
        addAll(f, s.dueSoon().byKind().counts());
        return f.stream().mapToLong(Long::longValue).toArray();
    }

    private static void addAll(List<Long> f, long[][] counts) {
        for (long[] row : counts) {
            for (long v : row) {
                f.add(v);
            }
        }
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }
}
