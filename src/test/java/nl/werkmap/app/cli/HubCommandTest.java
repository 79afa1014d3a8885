package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub admin commands on a real SQLite hub file. */
class HubCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new HubCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String passphraseFile(String passphrase) throws Exception {
        Path file = dir.resolve(passphrase.hashCode() + ".txt");
        Files.writeString(file, passphrase + "\n");
        return file.toString();
    }

    @Test
    void administersAHubFile() throws Exception {
        String db = dir.resolve("hub.db").toString();
        String passphrase = passphraseFile("zes paarden op de dijk");
        String issued = run("enroll-code", "--db-file", db, "--municipality", "gemeente-a", "--name", "Anouk",
                "--role", "jobcoach", "--team", "noord", "--passphrase-file", passphrase);
        assertTrue(issued.matches("(?s)Aanmeldcode .*: [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}.*"), issued);
        assertTrue(run("enroll-code", "--db-file", db, "--name", "Lotte", "--role", "teamleider", "--team", "noord")
                .contains("Vingerafdruk"), "later codes need no passphrase");
        assertTrue(run("counts", "--db-file", db).contains("coach"));
        assertTrue(run("rotate-key", "--db-file", db, "--passphrase-file", passphrase)
                .contains("Nieuwe gemeentesleutel"));
        run("backup", "--db-file", db, "--out", dir.resolve("kopie.db").toString(), "--passphrase-file", passphrase);
        assertTrue(Files.size(dir.resolve("kopie.db")) > 0);
        String restored = dir.resolve("terug").resolve("hub.db").toString();
        assertTrue(run("restore", "--in", dir.resolve("kopie.db").toString(), "--db-file", restored,
                "--passphrase-file", passphrase).contains("teruggezet"));
        assertTrue(run("counts", "--db-file", restored).contains("coach"), "the restored hub opens");
        byte[] tampered = Files.readAllBytes(dir.resolve("kopie.db"));
        tampered[tampered.length - 30] ^= 1;
        Files.write(dir.resolve("kapot.db"), tampered);
        UsageException refused = assertThrows(UsageException.class, () -> run("restore", "--in",
                dir.resolve("kapot.db").toString(), "--db-file", dir.resolve("ander.db").toString(),
                "--passphrase-file", passphrase));
        assertTrue(refused.getMessage().contains("beschadigd of veranderd"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("ander.db")));
        assertEquals("", run("devices", "--db-file", db));
        assertThrows(UsageException.class, () -> run("enroll-code", "--db-file", db, "--name", "B", "--role", "baas",
                "--team", "noord"));
        assertThrows(UsageException.class, () -> run("counts", "--db-file", db, "--municipality", "gemeente-b"));
    }

    @Test
    void keyActionsAskForThePassphraseAndAWrongOneChangesNothing() throws Exception {
        String db = dir.resolve("hub.db").toString();
        String right = passphraseFile("zes paarden op de dijk");
        String fingerprint = run("fingerprint", "--db-file", db, "--municipality", "gemeente-a",
                "--passphrase-file", right);
        UsageException missing = assertThrows(UsageException.class, () -> run("rotate-key", "--db-file", db));
        assertTrue(missing.getMessage().contains("hub-wachtwoord nodig"), missing.getMessage());
        UsageException wrong = assertThrows(UsageException.class, () -> run("rotate-key", "--db-file", db,
                "--passphrase-file", passphraseFile("vier paarden op de dijk")));
        assertTrue(wrong.getMessage().contains("hub-wachtwoord klopt niet"), wrong.getMessage());
        assertEquals(fingerprint, run("fingerprint", "--db-file", db, "--passphrase-file", right));
    }

    @Test
    void dataFolderHoldsTheHubFileAsTheSystemdUnitStartsIt() throws Exception {
        Path data = dir.resolve("var").resolve("werkmap-hub");
        run("enroll-code", "--data", data.toString(), "--municipality", "gemeente-a", "--name", "Anouk",
                "--role", "werkcoach", "--team", "zuid", "--passphrase-file", passphraseFile("zes paarden op de dijk"));
        assertTrue(Files.size(data.resolve("hub.db")) > 0);
        assertTrue(run("counts", "--data", data.toString()).contains("coach"));
    }

    @Test
    void certWritesAKeystoreAndACertificateForCoaches() throws Exception {
        Path password = dir.resolve("pw.txt");
        Files.writeString(password, "geheim\n");
        run("cert", "--out", dir.resolve("hub.p12").toString(), "--password-file", password.toString());
        assertTrue(Files.readString(dir.resolve("hub.p12.crt")).startsWith("-----BEGIN CERTIFICATE-----"));
    }
}
