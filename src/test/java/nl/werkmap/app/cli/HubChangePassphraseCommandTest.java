package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hub change-passphrase} on a real SQLite hub: from files, typed twice at a console, and refused. */
class HubChangePassphraseCommandTest {

    @TempDir
    Path dir;

    private String run(ConsolePrompt prompt, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new HubCommand(prompt).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String file(String name, String passphrase) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, passphrase + "\n");
        return file.toString();
    }

    private static ConsolePrompt noConsole() {
        return question -> Optional.empty();
    }

    private static ConsolePrompt typing(String... lines) {
        Deque<String> left = new ArrayDeque<>(List.of(lines));
        return question -> Optional.of(left.removeFirst().toCharArray());
    }

    private String newHub() throws Exception {
        String old = file("oud.txt", "zes paarden op de dijk");
        run(noConsole(), "fingerprint", "--data", dir.toString(), "--municipality", "gemeente-a", "--passphrase-file",
                old);
        return old;
    }

    @Test
    void changesFromFilesAndOnlyTheNewPassphraseOpensTheKeysAfterwards() throws Exception {
        String old = newHub();
        String fingerprint = run(noConsole(), "fingerprint", "--data", dir.toString(), "--passphrase-file", old);
        String fresh = file("nieuw.txt", "zeven koeien in de wei");
        String said = run(noConsole(), "change-passphrase", "--data", dir.toString(), "--passphrase-file", old,
                "--new-passphrase-file", fresh);
        assertTrue(said.startsWith("Het hub-wachtwoord is gewijzigd."), said);
        assertEquals(fingerprint, run(noConsole(), "fingerprint", "--data", dir.toString(), "--passphrase-file",
                fresh));
        UsageException refused = assertThrows(UsageException.class, () -> run(noConsole(), "fingerprint", "--data",
                dir.toString(), "--passphrase-file", old));
        assertTrue(refused.getMessage().contains("hub-wachtwoord klopt niet"), refused.getMessage());
    }

    @Test
    void typedTwiceAtTheConsoleAndRefusedWhenTheTwoDiffer() throws Exception {
        String old = newHub();
        UsageException differ = assertThrows(UsageException.class, () -> run(typing("zeven koeien in de wei",
                "zeven koeien in de wij"), "change-passphrase", "--data", dir.toString(), "--passphrase-file", old));
        assertTrue(differ.getMessage().contains("niet gelijk"), differ.getMessage());
        run(noConsole(), "fingerprint", "--data", dir.toString(), "--passphrase-file", old);

        run(typing("zeven koeien in de wei", "zeven koeien in de wei"), "change-passphrase", "--data",
                dir.toString(), "--passphrase-file", old);
        run(noConsole(), "fingerprint", "--data", dir.toString(), "--passphrase-file",
                file("nieuw.txt", "zeven koeien in de wei"));
    }

    @Test
    void withoutAConsoleOrFileAndWithAWeakNewPassphraseNothingChanges() throws Exception {
        String old = newHub();
        UsageException noNew = assertThrows(UsageException.class, () -> run(noConsole(), "change-passphrase",
                "--data", dir.toString(), "--passphrase-file", old));
        assertTrue(noNew.getMessage().contains("--new-passphrase-file"), noNew.getMessage());
        UsageException weak = assertThrows(UsageException.class, () -> run(noConsole(), "change-passphrase",
                "--data", dir.toString(), "--passphrase-file", old, "--new-passphrase-file", file("kort.txt", "kort")));
        assertTrue(weak.getMessage().contains("te kort") && weak.getMessage().contains("niets veranderd"),
                weak.getMessage());
        UsageException wrong = assertThrows(UsageException.class, () -> run(noConsole(), "change-passphrase",
                "--data", dir.toString(), "--passphrase-file", file("fout.txt", "een ander wachtwoord"),
                "--new-passphrase-file", file("nieuw.txt", "zeven koeien in de wei")));
        assertTrue(wrong.getMessage().contains("klopt niet"), wrong.getMessage());
        run(noConsole(), "fingerprint", "--data", dir.toString(), "--passphrase-file", old);
    }

    /**
     * Every action closes the hub it opened: no connection, checkpointer or unlocked key stays behind (SQLite removes
     * its -wal and -shm files when the last connection closes). An open one kept writing into this directory after
     * the test, which once made its clean-up fail.
     */
    @Test
    void eachActionClosesTheHubItOpened() throws Exception {
        String old = newHub();
        run(noConsole(), "fingerprint", "--data", dir.toString(), "--passphrase-file", old);
        run(noConsole(), "devices", "--data", dir.toString());
        assertEquals(List.of(), openFilesOf("hub.db"));
    }

    private List<String> openFilesOf(String db) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.equals(db + "-wal") || n.equals(db + "-shm")).sorted().toList();
        }
    }

    @Test
    void helpNamesTheAction() throws Exception {
        assertTrue(run(noConsole(), "help").contains("change-passphrase [--new-passphrase-file NIEUW]"));
    }
}
