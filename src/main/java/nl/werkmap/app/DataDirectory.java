package nl.werkmap.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder that holds the caseload: {@code %APPDATA%\Werkmap} on Windows,
 * {@code ~/Library/Application Support/Werkmap} on macOS, {@code $XDG_DATA_HOME/werkmap} on Linux. On Linux and
 * macOS the folder is made (or tightened to) 0700 and its files 0600 when a caseload is created or opened (see
 * {@code PrivateFiles}); on Windows {@code %APPDATA%} is already readable by its user only.
 */
public final class DataDirectory {

    public static final String DATABASE_FILE = "werkmap.db";
    public static final String KEYRING_FILE = "keyring.json";

    private DataDirectory() {
    }

    /** The default folder for this OS and environment; {@code --data DIR} overrides it. */
    public static Path defaultFor(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Werkmap")
                    : Path.of(userHome, "AppData", "Roaming", "Werkmap");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Werkmap");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "werkmap")
                : Path.of(userHome, ".local", "share", "werkmap");
    }

    public static Path defaultForThisMachine() {
        return defaultFor(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }
}
