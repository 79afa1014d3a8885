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
    void anEmptyFileIsRefusedBeforeTheHubIsOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("leeg.werkmapbundle"), "");
        UsageException refused = assertThrows(UsageException.class, () -> new HubCommand().run(List.of("import",
                file.toString(), "--db-file", dir.resolve("hub.db").toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err));
        assertTrue(refused.getMessage().contains("is leeg"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("hub.db")), "no hub file made, no passphrase asked");
    }
}
