package nl.werkmap.app.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where IT puts the machine-wide {@code werkmap.properties}: {@code %ProgramData%\Werkmap} on Windows,
 * {@code /Library/Application Support/Werkmap} on macOS and {@code /etc/werkmap} on Linux. The system property
 * {@value #OVERRIDE_PROPERTY} points somewhere else (tests, or a trial on one machine).
 */
public final class MachineConfigLocation {

    public static final String OVERRIDE_PROPERTY = "werkmap.machineConfig";
    public static final String FILE_NAME = "werkmap.properties";

    private MachineConfigLocation() {
    }

    public static Path forMachine(String osName, Map<String, String> env, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override.strip());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String programData = env.get("ProgramData");
            if (programData == null || programData.isBlank()) {
                programData = env.getOrDefault("PROGRAMDATA", "C:\\ProgramData");
            }
            return Path.of(programData, "Werkmap", FILE_NAME);
        }
        if (os.contains("mac")) {
            return Path.of("/Library", "Application Support", "Werkmap", FILE_NAME);
        }
        return Path.of("/etc", "werkmap", FILE_NAME);
    }

    public static Path forThisMachine() {
        return forMachine(System.getProperty("os.name"), System.getenv(), System.getProperty(OVERRIDE_PROPERTY));
    }
}
