package nl.werkmap.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineConfigCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file) {
        return new MachineConfigCommand().run(List.of("--file", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void goodFileListsValuesAndLocksAndExitsZero() throws IOException {
        Path file = dir.resolve("werkmap.properties");
        Files.writeString(file, "idle-lock-minutes=5\nidle-lock-minutes.locked=true\n");
        assertEquals(0, run(file));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s).*idle-lock-minutes\\s+5\\s+\\[vergrendeld].*"), printed);
        assertTrue(printed.contains("language"), printed);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badFilePrintsTheLineAndExitsOne() throws IOException {
        Path file = dir.resolve("werkmap.properties");
        Files.writeString(file, "language=nl\nlanguage=fr\n");
        assertEquals(1, run(file));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("regel 2"), err.toString(StandardCharsets.UTF_8));
    }
}
