package nl.werkmap.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The promise to IT: whatever a user types, a locked machine value is the one the app runs with. */
class MachineLockProperties {

    @Property
    void lockedValueAlwaysWins(@ForAll("minutes") int machineMinutes, @ForAll("userInput") String userValue) {
        MachineConfig machine = MachineConfig.parse(Path.of("werkmap.properties"),
                "idle-lock-minutes=" + machineMinutes + "\nidle-lock-minutes.locked=true\n");
        ResolvedSetting idle = EffectiveSettings.resolve(MachineKey.IDLE_LOCK_MINUTES, machine, userValue);
        assertEquals(Optional.of(Integer.toString(machineMinutes)), idle.value());
        assertEquals(SettingSource.MACHINE_LOCKED, idle.source());
    }

    @Property
    void validUserValueBeatsAnUnlockedMachineValue(@ForAll("minutes") int machineMinutes, @ForAll("minutes") int userMinutes) {
        MachineConfig machine = MachineConfig.parse(Path.of("werkmap.properties"), "idle-lock-minutes=" + machineMinutes + "\n");
        ResolvedSetting idle = EffectiveSettings.resolve(MachineKey.IDLE_LOCK_MINUTES, machine, " " + userMinutes + " ");
        assertEquals(Optional.of(Integer.toString(userMinutes)), idle.value());
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(MachineKey.MIN_IDLE_LOCK, MachineKey.MAX_IDLE_LOCK);
    }

    @Provide
    Arbitrary<String> userInput() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12), Arbitraries.integers().map(String::valueOf),
                Arbitraries.just(null));
    }
}
