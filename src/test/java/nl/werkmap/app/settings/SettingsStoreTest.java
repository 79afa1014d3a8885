package nl.werkmap.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void defaultsWhenThereIsNoFile() {
        try (SettingsStore store = SettingsStore.open(dir)) {
            Settings s = store.settings();
            assertEquals("nl", s.languageProperty().get());
            assertEquals(10, s.idleLockMinutesProperty().get());
            assertEquals(6, s.uitBeeldWeeksProperty().get());
        }
    }

    @Test
    void changesSurviveAReopenAndLeaveNoTempFiles() throws IOException {
        try (SettingsStore store = SettingsStore.open(dir)) {
            store.settings().languageProperty().set("en");
            store.settings().idleLockMinutesProperty().set(3);
            store.settings().uitBeeldWeeksProperty().set(8);
        }
        try (SettingsStore store = SettingsStore.open(dir)) {
            assertEquals("en", store.settings().languageProperty().get());
            assertEquals(3, store.settings().idleLockMinutesProperty().get());
            assertEquals(8, store.settings().uitBeeldWeeksProperty().get());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only settings.json, no temp files");
        }
    }

    @Test
    void settingsAreTheCoachsAloneAndAnOlderWideFileIsTightenedAtOpen() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(nl.werkmap.security.PrivateFiles.posix(dir));
        Path data = dir.resolve("werkmap");
        try (SettingsStore store = SettingsStore.open(data)) {
            store.settings().idleLockMinutesProperty().set(3);
        }
        Path file = data.resolve(SettingsStore.FILE_NAME);
        assertEquals("rw-------", mode(file));
        assertEquals("rwx------", mode(data));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        SettingsStore.open(data).close();
        assertEquals("rw-------", mode(file));
        assertEquals("rwx------", mode(data));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void debouncedSaveWritesTheFileWithoutFlush() throws Exception {
        SettingsStore store = SettingsStore.open(dir);
        store.settings().idleLockMinutesProperty().set(4);
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        for (int i = 0; i < 50 && !Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertTrue(Files.readString(file).contains("\"idleLockMinutes\": 4"));
        store.close();
    }

    @Test
    void unreadableOrNonsenseValuesFallBackToDefaults() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{ \"language\": \"fr\", \"idleLockMinutes\": -2,");
        try (SettingsStore store = SettingsStore.open(dir)) {
            assertEquals("nl", store.settings().languageProperty().get());
            assertEquals(10, store.settings().idleLockMinutesProperty().get());
        }
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{ \"language\": \"fr\", \"idleLockMinutes\": 0 }");
        try (SettingsStore store = SettingsStore.open(dir)) {
            assertEquals("nl", store.settings().languageProperty().get());
            assertEquals(10, store.settings().idleLockMinutesProperty().get());
        }
    }

    @Test
    void theMainWindowsPlaceSurvivesAReopen() {
        try (SettingsStore store = SettingsStore.open(dir)) {
            assertEquals(null, store.settings().windowPlacementProperty().get(), "never closed: open maximised");
            store.settings().windowPlacementProperty().set(
                    new nl.werkmap.ui.common.WindowPlacement(20, 30, 1200, 700, true));
        }
        try (SettingsStore store = SettingsStore.open(dir)) {
            assertEquals(new nl.werkmap.ui.common.WindowPlacement(20, 30, 1200, 700, true),
                    store.settings().windowPlacementProperty().get());
        }
    }
}
