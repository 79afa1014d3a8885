package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The command usage texts name: the jar from a build, the installed launcher from a jpackage app-image. */
class LauncherNameTest {

    @Test
    void withoutJpackageItIsTheJar() {
        assertEquals("java -jar werkmap.jar", LauncherName.of(null, "/usr/bin"));
        assertEquals("java -jar werkmap.jar", LauncherName.of(" ", "/usr/bin"));
    }

    @Test
    void anInstalledLauncherOffThePathIsNamedByItsFullPath() {
        assertEquals("/opt/werkmap/bin/Werkmap", LauncherName.of("/opt/werkmap/bin/Werkmap", "/usr/local/bin:/usr/bin"));
        assertEquals("\"/opt/Werk map/bin/Werkmap\"", LauncherName.of("/opt/Werk map/bin/Werkmap", null));
    }

    @Test
    void anInstalledLauncherOnThePathIsNamedByItsFileWithoutExe() {
        assertEquals("Werkmap", LauncherName.of("/opt/werkmap/bin/Werkmap", "/usr/bin:/opt/werkmap/bin/"));
        assertEquals("werkmap-cli", LauncherName.of("/apps/Werkmap/werkmap-cli.exe", "/apps/Werkmap"));
    }
}
