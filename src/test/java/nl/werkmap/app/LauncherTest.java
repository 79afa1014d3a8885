package nl.werkmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        assertEquals(0, Launcher.run(new String[] {"--version"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Werkmap " + AppVersion.version()));
        assertTrue(AppVersion.version().matches("\\d+\\.\\d+\\.\\d+.*"), "version is stamped by Maven");
    }

    @Test
    void unknownCommandIsRefusedWithUsage() {
        assertEquals(2, Launcher.run(new String[] {"vliegen"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Onbekend commando 'vliegen'"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Gebruik:"));
    }
}
