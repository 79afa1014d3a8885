package nl.werkmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:\\Users\\an\\AppData\\Roaming", "Werkmap"),
                DataDirectory.defaultFor("Windows 11", Map.of("APPDATA", "C:\\Users\\an\\AppData\\Roaming"), "C:\\Users\\an"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/an", "Library", "Application Support", "Werkmap"),
                DataDirectory.defaultFor("Mac OS X", Map.of(), "/Users/an"));
    }

    @Test
    void linuxPrefersXdgDataHome() {
        assertEquals(Path.of("/data/an", "werkmap"),
                DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data/an"), "/home/an"));
        assertEquals(Path.of("/home/an", ".local", "share", "werkmap"),
                DataDirectory.defaultFor("Linux", Map.of(), "/home/an"));
    }
}
