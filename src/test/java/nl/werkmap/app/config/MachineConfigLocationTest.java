package nl.werkmap.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MachineConfigLocationTest {

    @Test
    void windowsUsesProgramData() {
        Path path = MachineConfigLocation.forMachine("Windows 11", Map.of("ProgramData", "D:\\PD"), null);
        assertEquals(Path.of("D:\\PD", "Werkmap", "werkmap.properties"), path);
    }

    @Test
    void windowsFallsBackToTheUsualProgramData() {
        Path path = MachineConfigLocation.forMachine("Windows 10", Map.of(), null);
        assertEquals(Path.of("C:\\ProgramData", "Werkmap", "werkmap.properties"), path);
    }

    @Test
    void macUsesLibraryApplicationSupport() {
        assertEquals(Path.of("/Library/Application Support/Werkmap/werkmap.properties"),
                MachineConfigLocation.forMachine("Mac OS X", Map.of(), ""));
    }

    @Test
    void linuxUsesEtc() {
        assertEquals(Path.of("/etc/werkmap/werkmap.properties"),
                MachineConfigLocation.forMachine("Linux", Map.of("ProgramData", "x"), null));
    }

    @Test
    void overrideWinsEverywhere() {
        assertEquals(Path.of("/tmp/proef.properties"),
                MachineConfigLocation.forMachine("Windows 11", Map.of(), " /tmp/proef.properties "));
    }
}
