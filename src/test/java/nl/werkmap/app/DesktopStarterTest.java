package nl.werkmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.cli.UsageException;

/** What the file manager and the installers pass when a coach double-clicks a bundle. */
class DesktopStarterTest {

    @TempDir
    Path dir;

    private Path bundle(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void noArgumentsGiveTheDefaultFolderAndNoBundle() {
        DesktopStarter.DesktopArguments parsed = DesktopStarter.parse(new String[0]);
        assertEquals(DataDirectory.defaultForThisMachine(), parsed.dataDir());
        assertEquals(Optional.empty(), parsed.bundleFile());
    }

    @Test
    void anExistingBundlePathIsAcceptedBesideTheDataOption() throws IOException {
        Path file = bundle("wijzigingen 12-3.werkmapbundle");
        DesktopStarter.DesktopArguments parsed = DesktopStarter.parse(
                new String[] {"--data", dir.resolve("data").toString(), file.toString()});
        assertEquals(dir.resolve("data"), parsed.dataDir());
        assertEquals(Optional.of(file), parsed.bundleFile());
    }

    @Test
    void aFileUriFromALinuxFileManagerAndAnUpperCaseExtensionAreAccepted() throws IOException {
        Path file = bundle("Export.WERKMAPBUNDLE");
        assertEquals(Optional.of(file), DesktopStarter.parse(new String[] {file.toUri().toString()}).bundleFile());
        assertTrue(DesktopStarter.looksLikeBundle(file.toString()));
    }

    @Test
    void aMissingBundleOtherFilesAndTwoBundlesAreRefusedInDutch() throws IOException {
        UsageException missing = assertThrows(UsageException.class,
                () -> DesktopStarter.parse(new String[] {dir.resolve("weg.werkmapbundle").toString()}));
        assertTrue(missing.getMessage().contains("bestaat niet"), missing.getMessage());
        Path other = Files.writeString(dir.resolve("notities.txt"), "x");
        assertThrows(UsageException.class, () -> DesktopStarter.parse(new String[] {other.toString()}));
        Path folder = Files.createDirectories(dir.resolve("map.werkmapbundle"));
        assertThrows(UsageException.class, () -> DesktopStarter.parse(new String[] {folder.toString()}));
        String a = bundle("a.werkmapbundle").toString();
        String b = bundle("b.werkmapbundle").toString();
        assertThrows(UsageException.class, () -> DesktopStarter.parse(new String[] {a, b}));
        assertThrows(UsageException.class, () -> DesktopStarter.parse(new String[] {"--verbose", a}));
        assertFalse(DesktopStarter.looksLikeBundle("export"));
    }

    @Test
    void aWindowThatCannotOpenNamesGtkAndLeavesALog() throws IOException {
        String said = DesktopStarter.noWindow(new UnsupportedOperationException("Unable to open DISPLAY"),
                dir.resolve("data"), java.time.Clock.systemUTC());
        assertTrue(said.startsWith("Werkmap kon geen venster openen (java.lang.UnsupportedOperationException"), said);
        assertTrue(said.contains("sudo apt-get install libgtk-3-0") && said.contains("IT-afdeling"), said);
        try (var logs = Files.list(dir.resolve("data").resolve("logs"))) {
            assertEquals(1, logs.count());
        }
    }

    @Test
    void aFailureInWerkmapsOwnStartIsCalledABugNotAMissingGtk() {
        RuntimeException inStart = new RuntimeException("Exception in Application start method",
                new IllegalStateException("boom"));
        inStart.getCause().setStackTrace(new StackTraceElement[] {
            new StackTraceElement("nl.werkmap.app.WerkmapApp", "start", "WerkmapApp.java", 40)});
        String said = DesktopStarter.noWindow(inStart, dir.resolve("data"), java.time.Clock.systemUTC());
        assertTrue(said.startsWith("Werkmap kon niet starten door een onverwachte fout"), said);
        assertFalse(said.contains("libgtk"), said);
    }
}
