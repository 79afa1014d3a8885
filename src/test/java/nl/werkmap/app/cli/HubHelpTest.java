package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hub ACTION --help} for every action: its own usage, exit 0, no hub database made. */
class HubHelpTest {

    @TempDir
    Path dir;

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new HubCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyActionAnswersHelpWithItsOwnUsageAndOpensNothing() throws Exception {
        Path data = dir.resolve("hub");
        assertEquals(20, HubUsage.actions().size(), "a new action needs its help text here too");
        for (String action : HubUsage.actions()) {
            for (String help : List.of("--help", "-h")) {
                String usage = run(action, "--data", data.toString(), help);
                assertTrue(usage.startsWith("Gebruik: java -jar werkmap.jar hub " + action), usage);
                assertEquals(usage, new HubCommand().usage(List.of(action, help)));
            }
            assertEquals(HubUsage.action(action), run("help", action));
        }
        assertFalse(Files.exists(data), "help made no hub folder");
        assertFalse(Files.exists(Path.of("hub.db")), "help made no hub.db in the working folder");
    }

    @Test
    void theOverviewNamesEveryActionAndTheMunicipalityANewHubNeeds() throws Exception {
        String usage = run("--help");
        assertEquals(usage, run("help"));
        for (String action : HubUsage.actions()) {
            assertTrue(usage.contains(" " + action), action);
        }
        assertTrue(usage.contains("--municipality CODE"), usage);
        assertTrue(HubUsage.action("serve").contains("--municipality CODE"));
        assertFalse(HubUsage.action("cert").contains("--municipality"), "cert opens no database");
    }

    @Test
    void aNewHubWithoutMunicipalitySaysWhatTheCodeIsAndLeavesNothing() throws Exception {
        UsageException refused = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> run("counts", "--db-file", dir.resolve("hub.db").toString()));
        assertTrue(refused.getMessage().contains("--municipality") && refused.getMessage().contains("CBS-gemeentecode"),
                refused.getMessage());
        Path data = dir.resolve("srv").resolve("werkmap-hub");
        org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> run("serve", "--data",
                data.toString(), "--passphrase-file", Files.writeString(dir.resolve("p"), "zes paarden op de dijk\n")
                        .toString()));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("p")), left.toList(), "no hub.db, no folders left behind");
        }
    }

    @Test
    void aMistakeOnAnExistingHubKeepsIt() throws Exception {
        Path db = dir.resolve("hub.db");
        run("counts", "--db-file", db.toString(), "--municipality", "GM0363");
        org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> run("assign", "--db-file",
                db.toString(), "--candidate", "x", "--coach", "niemand"));
        assertTrue(Files.size(db) > 0);
        run("counts", "--db-file", db.toString()); // without --municipality: refused if the hub had lost it
    }

    @Test
    void anUnknownActionPointsToTheHelp() {
        UsageException refused = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> run("vliegen"));
        assertTrue(refused.getMessage().contains("hub --help"), refused.getMessage());
    }

    @Test
    void importOfAMissingFileIsRefusedBeforeTheHubIsOpened() {
        UsageException refused = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> run(
                "import", dir.resolve("weg.werkmapbundle").toString(), "--db-file", dir.resolve("hub.db").toString()));
        assertTrue(refused.getMessage().contains("bestaat niet"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("hub.db")));
    }

    @Test
    void aPortInUseIsExplainedAndANewHubIsNotLeftHalfMade() throws Exception {
        Path data = dir.resolve("hub");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            UsageException refused = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> run(
                    "serve", "--data", data.toString(), "--municipality", "GM0363", "--port",
                    String.valueOf(taken.getLocalPort()), "--passphrase-file",
                    Files.writeString(dir.resolve("p"), "zes paarden op de dijk\n").toString()));
            assertTrue(refused.getMessage().contains("al in gebruik") && refused.getMessage().contains("--port"),
                    refused.getMessage());
        }
        assertFalse(Files.exists(data));
    }
}
