package nl.werkmap.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.config.MachineConfig;
import nl.werkmap.app.config.MachineConfigLocation;

/** The user's settings.json against a real machine file found through {@code werkmap.machineConfig}. */
class EffectivePreferencesTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetMachineFile() {
        System.clearProperty(MachineConfigLocation.OVERRIDE_PROPERTY);
    }

    private MachineConfig machine(String text) throws IOException {
        Path file = dir.resolve("etc").resolve(MachineConfigLocation.FILE_NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.setProperty(MachineConfigLocation.OVERRIDE_PROPERTY, file.toString());
        return MachineConfig.loadForThisMachine();
    }

    @Test
    void lockedValuesWinAndTheUsersOwnChoiceIsKeptForLater() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(SettingsStore.FILE_NAME), "{\"language\": \"nl\", \"idleLockMinutes\": 30}");
        MachineConfig machine = machine("language=en\nlanguage.locked=true\nidle-lock-minutes=5\n"
                + "idle-lock-minutes.locked=true\n");
        try (SettingsStore store = SettingsStore.open(data)) {
            EffectivePreferences prefs = new EffectivePreferences(store.settings(), machine);
            assertEquals("en", prefs.languageProperty().get());
            assertEquals(5, prefs.idleLockMinutesProperty().get());
            assertTrue(prefs.languageLocked());
            assertTrue(prefs.idleLockMinutesLocked());
            prefs.idleLockMinutesProperty().set(60);
            prefs.languageProperty().set("nl");
        }
        String saved = Files.readString(data.resolve(SettingsStore.FILE_NAME));
        assertTrue(saved.contains("\"idleLockMinutes\": 30"), saved);
        try (SettingsStore store = SettingsStore.open(data)) {
            EffectivePreferences again = new EffectivePreferences(store.settings(), machine);
            assertEquals(5, again.idleLockMinutesProperty().get(), "the lock still wins after a restart");
        }
        try (SettingsStore store = SettingsStore.open(data)) {
            EffectivePreferences unlocked = new EffectivePreferences(store.settings(), machine("language=en\n"));
            assertEquals("nl", unlocked.languageProperty().get(), "lifting the lock brings back the user's choice");
            assertEquals(30, unlocked.idleLockMinutesProperty().get());
        }
    }

    @Test
    void machineDefaultAppliesUntilTheUserChoosesEvenTheBuiltInValue() throws IOException {
        Path data = dir.resolve("data");
        MachineConfig machine = machine("idle-lock-minutes=20\n");
        try (SettingsStore store = SettingsStore.open(data)) {
            EffectivePreferences prefs = new EffectivePreferences(store.settings(), machine);
            assertEquals(20, prefs.idleLockMinutesProperty().get());
            assertFalse(prefs.idleLockMinutesLocked());
        }
        try (SettingsStore store = SettingsStore.open(data)) {
            EffectivePreferences prefs = new EffectivePreferences(store.settings(), machine);
            assertEquals(20, prefs.idleLockMinutesProperty().get(), "an untouched setting is not frozen at 10");
            prefs.idleLockMinutesProperty().set(10);
        }
        try (SettingsStore store = SettingsStore.open(data)) {
            assertEquals(10, new EffectivePreferences(store.settings(), machine).idleLockMinutesProperty().get());
        }
    }

    @Test
    void aBrokenMachineLineIsReportedAndTheRestStillApplies() throws IOException {
        MachineConfig machine = machine("idle-lock-minutes=soms\nlanguage=en\nlanguage.locked=true\n");
        assertFalse(machine.problems().isEmpty());
        try (SettingsStore store = SettingsStore.open(dir.resolve("data"))) {
            EffectivePreferences prefs = new EffectivePreferences(store.settings(), machine);
            assertEquals(10, prefs.idleLockMinutesProperty().get());
            assertEquals("en", prefs.languageProperty().get());
        }
    }
}
