package nl.werkmap.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
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
    void tempFilesOfASaveCutOffHalfwayAreRemovedAtTheNextOpen() throws IOException {
        SettingsStore.open(dir).close();
        Path stray = Files.writeString(dir.resolve("settings.json4711.tmp"), "{\"lang");
        Files.setLastModifiedTime(stray, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path emptyStray = Files.createFile(dir.resolve("settings.json815.tmp"));
        Files.setLastModifiedTime(emptyStray, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path beingWritten = Files.writeString(dir.resolve("settings.json99.tmp"), "{}");
        Path someoneElses = Files.writeString(dir.resolve("keyring.json.1.tmp"), "x");
        Files.setLastModifiedTime(someoneElses, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        SettingsStore.open(dir).close();

        assertFalse(Files.exists(stray), "a stray temp file of an earlier run is removed");
        assertFalse(Files.exists(emptyStray));
        assertTrue(Files.exists(beingWritten), "a temp file of this very minute may be another save's: kept");
        assertTrue(Files.exists(someoneElses), "only the settings' own temp files");
    }

    @Test
    void anOlderSnapshotNeverLandsAfterANewerOne() throws IOException {
        try (SettingsStore store = SettingsStore.open(dir)) {
            Settings newer = new Settings();
            newer.languageProperty().set("en");
            Settings older = new Settings();
            older.languageProperty().set("nl");
            store.write(newer.toJson(), 1_000);
            store.write(older.toJson(), 999);
            assertTrue(Files.readString(dir.resolve(SettingsStore.FILE_NAME)).contains("\"en\""),
                    "a debounced save of an older snapshot that runs after a newer one writes nothing");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left");
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
