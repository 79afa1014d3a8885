package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {

    @Test
    void readsValuesFlagsAndEqualsForm() {
        Options options = Options.parse(List.of("--data", "/tmp/x", "--candidates=50", "--force", "rest"), "force");
        assertEquals("/tmp/x", options.require("data"));
        assertEquals(50, options.intValue("candidates", 10));
        assertTrue(options.flag("force"));
        assertEquals(List.of("rest"), options.positional());
    }

    @Test
    void missingAndBadValuesAreExplainedInDutch() {
        Options options = Options.parse(List.of("--candidates", "veel"));
        UsageException missing = assertThrows(UsageException.class, () -> options.require("data"));
        assertTrue(missing.getMessage().contains("--data"));
        UsageException bad = assertThrows(UsageException.class, () -> options.intValue("candidates", 1));
        assertTrue(bad.getMessage().contains("heel getal"));
    }

    @Test
    void unknownOptionIsRefused() {
        Options options = Options.parse(List.of("--dta", "/tmp"));
        UsageException e = assertThrows(UsageException.class, () -> options.allowOnly("data"));
        assertTrue(e.getMessage().contains("--dta"));
    }

    @Test
    void passphraseFromFileOrStdin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pass.txt");
        Files.writeString(file, "geheim wachtwoord\nnegeer dit\n");
        char[] fromFile = PassphraseSource.read(Options.parse(List.of("--passphrase-file", file.toString())),
                new ByteArrayInputStream(new byte[0]));
        assertEquals("geheim wachtwoord", new String(fromFile));
        char[] fromStdin = PassphraseSource.read(Options.parse(List.of()),
                new ByteArrayInputStream("van stdin\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("van stdin", new String(fromStdin));
    }

    @Test
    void emptyOrMissingPassphraseIsRefused(@TempDir Path dir) {
        assertThrows(UsageException.class, () -> PassphraseSource.read(Options.parse(List.of()),
                new ByteArrayInputStream(new byte[0])));
        assertThrows(UsageException.class, () -> PassphraseSource.read(
                Options.parse(List.of("--passphrase-file", dir.resolve("nope").toString())),
                new ByteArrayInputStream(new byte[0])));
    }
}
