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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.cli.Command;
import nl.werkmap.app.cli.Commands;

/** Every command answers --help and -h through the launcher: its usage, exit 0, nothing opened or made. */
class CommandHelpTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());
    }

    @Test
    void everyCommandAnswersHelpWithoutOpeningAnything(@TempDir Path dir) {
        Path data = dir.resolve("nog-niet");
        for (Command command : Commands.all()) {
            for (String help : List.of("--help", "-h")) {
                assertEquals(0, run(command.name(), "--data", data.toString(), help), command.name());
                String usage = out.toString(StandardCharsets.UTF_8);
                assertTrue(usage.startsWith("Gebruik: java -jar werkmap.jar " + command.name()), usage);
                assertTrue(usage.contains("--help, -h"), usage);
                assertEquals("", err.toString(StandardCharsets.UTF_8), command.name());
            }
        }
        assertFalse(Files.exists(data), "asking for help made no folder");
    }

    @Test
    void aHelpFlagAnywhereWinsButMinusHAsAnOptionValueIsAValue() {
        assertEquals(0, run("export", "--period", "2026-T1", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--period PERIODE"));
        // "-h" after --out is the file name the user gave, so the command runs (and here refuses the period).
        assertEquals(2, run("export", "--period", "2026-T9", "--out", "-h"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2026-T3"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theOverviewPointsToTheHelpOfEachCommand() {
        assertEquals(0, run("--help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (Command command : Commands.all()) {
            assertTrue(usage.contains(" " + command.name() + " "), command.name());
        }
        assertTrue(usage.contains("COMMANDO --help"), usage);
        assertEquals(0, run("help", "werklijst"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Gebruik: java -jar werkmap.jar werklijst"));
        assertEquals(0, run("help", "hub", "backup"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Gebruik: java -jar werkmap.jar hub backup"));
    }

    @Test
    void theInstalledLauncherNamesItselfInsteadOfJavaJar() {
        String before = System.getProperty("jpackage.app-path");
        System.setProperty("jpackage.app-path", "/opt/werkmap/bin/Werkmap");
        try {
            assertEquals(0, run("--help"));
            String usage = out.toString(StandardCharsets.UTF_8);
            assertTrue(usage.contains("Gebruik: /opt/werkmap/bin/Werkmap [--data MAP]"), usage);
            assertFalse(usage.contains("java -jar"), usage);
            assertEquals(0, run("hub", "serve", "-h"));
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Gebruik: /opt/werkmap/bin/Werkmap hub serve"));
        } finally {
            if (before == null) {
                System.clearProperty("jpackage.app-path");
            } else {
                System.setProperty("jpackage.app-path", before);
            }
        }
    }
}
