package nl.werkmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.cli.Command;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.NotEnrolledException;

/** How the launcher ends a command that fails: exit status, Dutch message, and a crash log only when unexpected. */
class LauncherFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:30Z"), ZoneOffset.UTC);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path data;

    /** A command with a bug: it puts the name it was given into an exception. */
    private static Command failing(Exception failure) {
        return new Command() {
            @Override
            public String name() {
                return "kapot";
            }

            @Override
            public String summary() {
                return "faalt";
            }

            @Override
            public String usage() {
                return "Gebruik: kapot\n";
            }

            @Override
            public int run(List<String> args, PrintStream o, PrintStream e) throws Exception {
                throw failure;
            }
        };
    }

    private int run(Command command, String... args) {
        return Launcher.runCommand(command, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    }

    private List<Path> logs() throws Exception {
        Path folder = data.resolve("logs");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void anUnexpectedFailureEndsInADutchMessageAndALogWithoutTheInput() throws Exception {
        String name = "Łukasz Şeyma";
        int code = run(failing(new IllegalArgumentException("Geen plaatsing voor " + name)), "--data", data.toString(),
                "--name", name);
        assertEquals(1, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Er ging iets onverwachts mis bij 'kapot'"), said);
        assertTrue(said.contains("stuur dan het bestand " + data.resolve("logs")), said);
        List<Path> logs = logs();
        assertEquals(1, logs.size());
        String log = Files.readString(logs.get(0));
        assertTrue(log.contains("java.lang.IllegalArgumentException") && log.contains("LauncherFailureTest"), log);
        assertFalse(log.contains("Łukasz") || log.contains("Şeyma"), log);
    }

    @Test
    void aFailureThatExplainsItselfIsShownWithoutALog() throws Exception {
        assertEquals(1, run(failing(new NotEnrolledException()), "--data", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nog niet aangemeld"));
        assertTrue(logs().isEmpty());
    }

    @Test
    void anUnknownTeamEndsWithStatus2AndTheTeamsHere() throws Exception {
        Vault vault = Vault.create(data.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        try (CaseloadStore store = CaseloadStore.open(data.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            store.coaches().save(new Coach(UUID.randomUUID(), "Anouk de Vries", CoachRole.JOBCOACH, "Noord", 30));
            store.coaches().save(new Coach(UUID.randomUUID(), "Bram Bakker", CoachRole.JOBCOACH, "Zuid-Oost", 30));
        }
        vault.lock();
        Path pass = Files.writeString(data.resolve("pass.txt"), TestVaults.PASSPHRASE + "\n");
        Path target = data.resolve("overzicht.pdf");
        int code = Launcher.run(new String[] {"export", "--data", data.toString(), "--period", "2026-T1",
                "--scope", "team:West", "--out", target.toString(), "--passphrase-file", pass.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK);
        assertEquals(2, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("geen team 'West'") && said.contains("Noord, Zuid-Oost"), said);
        assertFalse(Files.exists(target));
        assertTrue(logs().isEmpty(), "bad input is no crash");
    }

    @Test
    void aMistakeInTheOptionsPointsToTheCommandsHelp() {
        assertEquals(2, Launcher.run(new String[] {"werklijst", "--scoop", "all"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("Onbekende optie --scoop"), said);
        assertTrue(said.contains("Alle opties: java -jar werkmap.jar werklijst --help"), said);
    }

    @Test
    void aMissingOrForbiddenFileIsExplainedWithoutALog() throws Exception {
        Path missing = data.resolve("weg.werkmapbundle");
        assertEquals(1, run(failing(new java.nio.file.NoSuchFileException(missing.toString())), "--data",
                data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(missing + " bestaat niet"));
        err.reset();
        assertEquals(1, run(failing(new java.nio.file.AccessDeniedException("/etc/x.pdf")), "--data",
                data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Werkmap mag /etc/x.pdf niet lezen of schrijven"));
        assertTrue(logs().isEmpty());
    }
}
