package nl.werkmap.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EffectiveSettingsTest {

    private static final Path FILE = Path.of("werkmap.properties");

    private static MachineConfig machine(String text) {
        return MachineConfig.parse(FILE, text);
    }

    @Test
    void builtInDefaultsWhenNothingIsSet() {
        EffectiveSettings settings = EffectiveSettings.resolve(MachineConfig.empty(FILE), Map.of());
        assertEquals(10, settings.idleLockMinutes());
        assertEquals(Locale.forLanguageTag("nl"), settings.language());
        assertEquals(Optional.empty(), settings.hubAddress());
        assertEquals(SettingSource.BUILT_IN, settings.get(MachineKey.IDLE_LOCK_MINUTES).source());
        assertEquals(SettingSource.NOT_SET, settings.get(MachineKey.HUB_ADDRESS).source());
    }

    @Test
    void unlockedMachineValueIsTheDefaultTheUserMayOverride() {
        MachineConfig machine = machine("idle-lock-minutes=20\nhub-address=https://hub.gemeente.nl:8443\n");
        EffectiveSettings settings = EffectiveSettings.resolve(machine, Map.of(MachineKey.IDLE_LOCK_MINUTES, "5"));
        assertEquals(5, settings.idleLockMinutes());
        assertEquals(SettingSource.USER, settings.get(MachineKey.IDLE_LOCK_MINUTES).source());
        assertEquals(Optional.of(URI.create("https://hub.gemeente.nl:8443")), settings.hubAddress());
        assertEquals(SettingSource.MACHINE_DEFAULT, settings.get(MachineKey.HUB_ADDRESS).source());
    }

    @Test
    void lockedMachineValueBeatsTheUserAndSaysWhatItOverruled() {
        MachineConfig machine = machine("idle-lock-minutes=5\nidle-lock-minutes.locked=true\n");
        ResolvedSetting idle = EffectiveSettings.resolve(MachineKey.IDLE_LOCK_MINUTES, machine, "60");
        assertEquals(Optional.of("5"), idle.value());
        assertEquals(SettingSource.MACHINE_LOCKED, idle.source());
        assertEquals(Optional.of("60"), idle.overruledUserValue());
        assertFalse(idle.userMayChange());
    }

    @Test
    void lockWithoutUsableValueLocksTheBuiltInDefault() {
        MachineConfig machine = machine("language=fr\nlanguage.locked=true\n");
        ResolvedSetting language = EffectiveSettings.resolve(MachineKey.LANGUAGE, machine, "en");
        assertEquals(Optional.of("nl"), language.value());
        assertEquals(SettingSource.MACHINE_LOCKED, language.source());
        assertEquals(2, machine.problems().size(), machine.problems().toString());
    }

    @Test
    void badUserValueFallsBackToTheMachineValueWithTheReason() {
        MachineConfig machine = machine("idle-lock-minutes=15\n");
        ResolvedSetting idle = EffectiveSettings.resolve(MachineKey.IDLE_LOCK_MINUTES, machine, "999");
        assertEquals(Optional.of("15"), idle.value());
        assertEquals(SettingSource.MACHINE_DEFAULT, idle.source());
        assertEquals(Optional.of("999"), idle.overruledUserValue());
        assertTrue(idle.userValueProblem().orElseThrow().contains("tussen 1 en 240"));
    }

    @Test
    void blankUserValueMeansNotSet() {
        ResolvedSetting idle = EffectiveSettings.resolve(MachineKey.IDLE_LOCK_MINUTES, MachineConfig.empty(FILE), "  ");
        assertEquals(SettingSource.BUILT_IN, idle.source());
        assertEquals(Optional.empty(), idle.overruledUserValue());
    }
}
