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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.Coach;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/**
 * --scope on export and werklijst as a team lead types it: a team in another case, a team or coach that is not on
 * this laptop, and a new caseload without coaches. A refused scope writes no file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportScopeOptionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private final Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
            ZoneId.of("Europe/Amsterdam"));
    private Path demo;
    private Path empty;
    private List<String> teams;
    private Coach someCoach;

    @BeforeAll
    void caseloads(@TempDir Path dir) throws Exception {
        demo = Files.createDirectory(dir.resolve("demo"));
        Vault vault = Vault.create(demo.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        try (CaseloadStore store = CaseloadStore.open(demo.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            DemoCaseload.generate(store, 60, 11, TODAY, done -> { });
            teams = ScopeNames.teams(store);
            someCoach = store.coaches().all().get(0);
        }
        vault.lock();
        // A real caseload as a first start leaves it: a vault and a database, no coaches, no candidates.
        empty = Files.createDirectory(dir.resolve("leeg"));
        Vault fresh = Vault.create(empty.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        CaseloadStore.open(empty.resolve(DataDirectory.DATABASE_FILE), fresh.sealer()).close();
        fresh.lock();
    }

    private String export(Path data, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(0, new ExportCommand(stdin, clock).run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String worklist(Path data, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(0, new WorklistCommand(stdin, clock).run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean noFileOrTemp(Path dir, String name) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return !Files.exists(dir.resolve(name))
                    && files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void aTeamInAnotherCaseFindsTheTeamAsStored() throws Exception {
        String team = teams.get(0);
        Path csv = demo.resolve("team.csv");
        String said = export(demo, "--period", "2025", "--scope", "team:" + team.toUpperCase(Locale.ROOT) + " ",
                "--out", csv.toString());
        assertTrue(said.contains("team " + team), said);
        assertTrue(Files.size(csv) > 0);
    }

    @Test
    void anUnknownTeamListsTheTeamsOnThisLaptopAndWritesNothing() throws Exception {
        UsageException refused = assertThrows(UsageException.class, () -> export(demo, "--period", "2025",
                "--scope", "team:Atlantis", "--out", demo.resolve("atlantis.pdf").toString()));
        assertTrue(refused.getMessage().startsWith("Op deze laptop is er geen team 'Atlantis'."), refused.getMessage());
        for (String team : teams) {
            assertTrue(refused.getMessage().contains(team), refused.getMessage());
        }
        assertTrue(refused.getMessage().contains("--scope team:NAAM"), refused.getMessage());
        assertTrue(noFileOrTemp(demo, "atlantis.pdf"));
    }

    @Test
    void aCoachIsFoundByIdOrByNameAndAnUnknownOneIsListed() throws Exception {
        String byName = export(demo, "--period", "2025", "--scope", "coach:" + someCoach.name().toLowerCase(Locale.ROOT),
                "--out", demo.resolve("coach.csv").toString());
        assertTrue(byName.contains(someCoach.name()), byName);
        UsageException refused = assertThrows(UsageException.class, () -> export(demo, "--period", "2025",
                "--scope", "own", "--coach", "niemand", "--out", demo.resolve("niemand.csv").toString()));
        assertTrue(refused.getMessage().contains("geen coach 'niemand'"), refused.getMessage());
        assertTrue(refused.getMessage().contains(someCoach.name() + " (" + someCoach.id() + ")"), refused.getMessage());
        assertTrue(noFileOrTemp(demo, "niemand.csv"));
    }

    @Test
    void anEmptyTeamNameIsRefused() {
        UsageException refused = assertThrows(UsageException.class, () -> export(demo, "--period", "2025",
                "--scope", "team:", "--out", demo.resolve("leeg.csv").toString()));
        assertTrue(refused.getMessage().contains("teamnaam"), refused.getMessage());
    }

    @Test
    void theWorklistRefusesAnUnknownTeamInsteadOfWritingAnEmptyList() throws Exception {
        UsageException refused = assertThrows(UsageException.class, () -> worklist(demo, "--scope", "team:Atlantis",
                "--out", demo.resolve("werk.csv").toString()));
        assertTrue(refused.getMessage().contains("geen team 'Atlantis'"), refused.getMessage());
        assertTrue(noFileOrTemp(demo, "werk.csv"));
        String said = worklist(demo, "--scope", "team:" + teams.get(0).toLowerCase(Locale.ROOT), "--out",
                demo.resolve("werk.csv").toString());
        assertTrue(said.contains("punten op de werklijst"), said);
    }

    @Test
    void aCaseloadWithoutCoachesExplainsTeamAndCoachScopes() {
        UsageException team = assertThrows(UsageException.class, () -> export(empty, "--period", "2026-T1",
                "--scope", "team", "--out", empty.resolve("a.pdf").toString()));
        assertTrue(team.getMessage().contains("geen coach een team"), team.getMessage());
        UsageException named = assertThrows(UsageException.class, () -> export(empty, "--period", "2026-T1",
                "--scope", "team:Noord", "--out", empty.resolve("a.pdf").toString()));
        assertTrue(named.getMessage().contains("geen team 'Noord'") && named.getMessage().contains("--scope all"),
                named.getMessage());
        UsageException coach = assertThrows(UsageException.class, () -> worklist(empty, "--scope", "coach:x",
                "--out", empty.resolve("w.csv").toString()));
        assertTrue(coach.getMessage().contains("nog geen coaches"), coach.getMessage());
        assertFalse(Files.exists(empty.resolve("a.pdf")) || Files.exists(empty.resolve("w.csv")));
    }

    @Test
    void aCaseloadWithoutCoachesExportsEveryFormatForAll() throws Exception {
        for (String format : List.of("xlsx", "csv", "pdf")) {
            Path file = empty.resolve("alles." + format);
            String said = export(empty, "--period", "2026-T1", "--scope", "all", "--out", file.toString());
            assertTrue(said.contains("geschreven naar"), said);
            assertTrue(Files.size(file) > 0, format);
        }
    }
}
