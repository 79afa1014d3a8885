package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;

/**
 * Headless 'bewaartermijn' lists who is due; 'wis' refuses in Dutch before the retention date without --reden,
 * erases nothing when the confirmation is not typed, and erases after 'wis' is typed (or with --ja).
 */
class EraseCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    record Ran(int code, String out, String err) {
    }

    @Test
    void listsDueRefusesEarlyAsksAndErases(@TempDir Path dir) throws Exception {
        Vault vault = Vault.create(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        UUID lead = UUID.randomUUID();
        Candidate old = Samples.candidate("Jan Oud", lead).withStatus(CandidateStatus.UITGESTROOMD, null,
                OutflowDestination.REGULIER_WERK, LocalDate.of(2019, 3, 1));
        Candidate active = Samples.candidate("Sam Bezig", lead);
        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            store.coaches().save(new Coach(lead, "Lotte de Wit", CoachRole.TEAMLEIDER, "Team Noord", null));
            store.currentCoach().choose(lead, CLOCK.instant());
            store.candidates().save(old);
            store.candidates().save(active);
        }
        vault.lock();

        Ran due = run(new RetentionCommand(stdin(""), CLOCK), dir);
        assertEquals(0, due.code());
        assertTrue(due.out().contains("Bewaartermijn voorbij, nu wissen: 1"), due.out());
        assertTrue(due.out().contains(old.id() + "  Jan Oud  einde traject 01-03-2019  bewaren tot 01-03-2024"),
                due.out());

        Ran early = run(new EraseCommand(stdin("wis\n"), CLOCK), dir, "--candidate", active.id().toString());
        assertEquals(2, early.code());
        assertTrue(early.err().startsWith("Niet gewist: De bewaartermijn van deze kandidaat loopt nog"), early.err());

        Ran declined = run(new EraseCommand(stdin("nee\n"), CLOCK), dir, "--candidate", old.id().toString());
        assertEquals(1, declined.code());
        assertTrue(declined.out().contains("Je gaat Jan Oud (" + old.id() + ") voorgoed wissen uit deze caseload."),
                declined.out());
        assertTrue(declined.out().contains("Niet gewist: je hebt niet bevestigd."), declined.out());

        Ran erased = run(new EraseCommand(stdin("wis\n"), CLOCK), dir, "--candidate", old.id().toString());
        assertEquals(0, erased.code(), erased.err());
        assertTrue(erased.out().contains("Jan Oud is gewist uit deze caseload."), erased.out());

        Ran scripted = run(new EraseCommand(stdin(""), CLOCK), dir, "--candidate", active.id().toString(),
                "--reden", "verzoek van betrokkene (AVG art. 17)", "--ja");
        assertEquals(0, scripted.code(), scripted.err());

        Ran after = run(new RetentionCommand(stdin(""), CLOCK), dir);
        assertTrue(after.out().contains("Bewaartermijn voorbij, nu wissen: 0"), after.out());
    }

    private static java.io.InputStream stdin(String after) {
        return new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n" + after).getBytes(StandardCharsets.UTF_8));
    }

    private static Ran run(Command command, Path dir, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", dir.toString()));
        all.addAll(List.of(args));
        int code = command.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
