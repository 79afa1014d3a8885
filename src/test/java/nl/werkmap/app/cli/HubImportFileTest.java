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
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hub import} of a file that is missing, a folder, empty or not text says in Dutch what is wrong and what to
 * do, before the hub is opened (no passphrase asked, no hub file made).
 */
class HubImportFileTest {

    @TempDir
    Path dir;

    private String refusal(Path file) {
        String message = assertThrows(UsageException.class, () -> HubImportFile.checked(file)).getMessage();
        assertTrue(message.contains(file.toString()), "names the file: " + message);
        return message;
    }

    @Test
    void aMissingFileSaysToCheckThePathAndHowToMakeOne() {
        String message = refusal(dir.resolve("weg.werkmapbundle"));
        assertTrue(message.contains("bestaat niet") && message.contains("Controleer het pad")
                && message.contains("sync --export"), message);
    }

    @Test
    void aFolderIsNotABundleFile() throws Exception {
        String message = refusal(Files.createDirectory(dir.resolve("bundels")));
        assertTrue(message.contains("is een map") && message.contains(".werkmapbundle-bestand zelf"), message);
    }

    @Test
    void anEmptyFileSaysNothingWasReadAndWhatToDo() throws Exception {
        for (String content : new String[] {"", "\n\n  \r\n", "\uFEFF"}) {
            Path file = Files.writeString(dir.resolve("leeg" + content.length() + ".werkmapbundle"), content);
            String message = refusal(file);
            assertTrue(message.contains("is leeg") && message.contains("niets ingelezen")
                    && message.contains("sync --export"), message);
        }
    }

    @Test
    void aFileThatIsNotUtf8TextSaysItIsNoBundleFile() throws Exception {
        byte[][] notText = {
            {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) 0xff, 0},
            "eyJhbGciOi\n".getBytes(StandardCharsets.UTF_16),
            {'a', 'b', (byte) 0xe9, 'c', '\n'}, // Latin-1 é
        };
        for (int i = 0; i < notText.length; i++) {
            Path file = Files.write(dir.resolve("raar" + i + ".werkmapbundle"), notText[i]);
            String message = refusal(file);
            assertTrue(message.contains("geen bundelbestand") && message.contains("geen tekst")
                    && message.contains("UTF-8") && message.contains("sync --export"), message);
        }
    }

    @Test
    void linesAreReadTrimmedWithoutBlankLinesOrAByteOrderMark() throws Exception {
        Path file = Files.writeString(dir.resolve("twee.werkmapbundle"), "\uFEFFaaa.bbb\r\n\n  ccc.ddd  \n");
        List<String> lines = new ArrayList<>();
        HubImportFile.checked(file).eachLine(lines::add);
        assertEquals(List.of("aaa.bbb", "ccc.ddd"), lines);
    }

    @Test
    void aGoodFileIsImportedLineByLineAndABadLineIsReported() throws Exception {
        Path db = dir.resolve("hub.db");
        com.nimbusds.jose.jwk.ECKey signing = nl.werkmap.sync.protocol.SyncKeys.newSigningKey();
        String bundle;
        try (nl.werkmap.hub.Hub hub = nl.werkmap.hub.Hub.open(nl.werkmap.hub.store.HubDatabase.open("jdbc:sqlite:" + db,
                null, null), "gemeente-a", java.time.Clock.systemUTC(), nl.werkmap.hub.HubFixture.passphrase())) {
            String code = hub.issueEnrollmentCode("Anouk", nl.werkmap.hub.store.HubRole.JOBCOACH, "noord",
                    java.time.Duration.ofDays(1));
            nl.werkmap.hub.store.Enrollment enrolled = hub.registry().enroll(code, "laptop", signing.toPublicJWK(),
                    nl.werkmap.sync.protocol.SyncKeys.newEncryptionKey().toPublicJWK());
            nl.werkmap.sync.protocol.Change change = new nl.werkmap.sync.protocol.Change("candidate",
                    java.util.UUID.randomUUID().toString(), java.util.Map.of("status", "ACTIEF", "coach_id",
                    enrolled.coachId()), new nl.werkmap.sync.protocol.Hlc(1000, 0).toString(), false);
            bundle = nl.werkmap.sync.protocol.BundleEnvelope.seal(nl.werkmap.sync.protocol.Bundle.up(
                    java.util.UUID.randomUUID().toString(), enrolled.deviceId(), "gemeente-a", 1, 1,
                    java.time.Instant.now().toString(), List.of(change)), signing,
                    hub.keys().currentEncryptionPublicKey());
        }
        Path file = Files.writeString(dir.resolve("anouk.werkmapbundle"), bundle + "\n\ngeen bundel\n");
        Path passphrase = Files.writeString(dir.resolve("p"), new String(nl.werkmap.hub.HubFixture.passphrase()) + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new HubCommand().run(List.of("import", file.toString(), "--db-file", db.toString(),
                "--passphrase-file", passphrase.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, exit, "one line was refused");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(": verwerkt, "), out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Geweigerd (MALFORMED)"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFileIsRefusedBeforeTheHubIsOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("leeg.werkmapbundle"), "");
        UsageException refused = assertThrows(UsageException.class, () -> new HubCommand().run(List.of("import",
                file.toString(), "--db-file", dir.resolve("hub.db").toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err));
        assertTrue(refused.getMessage().contains("is leeg"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("hub.db")), "no hub file made, no passphrase asked");
    }
}
