package nl.werkmap.app.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the user starts Werkmap from a terminal, for usage texts: {@code java -jar werkmap.jar} from a build, or the
 * installed launcher. jpackage launchers set the system property {@code jpackage.app-path} to their own file; a
 * coach or IT person who installed the package should be told to type that, not a {@code java -jar} they do not
 * have. A launcher whose folder is on {@code PATH} is named by its file name alone, else by its full path (the
 * Linux package puts it in {@code /opt/werkmap/bin}, which is not on {@code PATH}).
 */
public final class LauncherName {

    static final String JAR = "java -jar werkmap.jar";

    private LauncherName() {
    }

    /** The command for this process. */
    public static String current() {
        return of(System.getProperty("jpackage.app-path"), System.getenv("PATH"));
    }

    /** The command for a launcher at {@code appPath} (null: not a jpackage launcher) with the given {@code PATH}. */
    static String of(String appPath, String pathVariable) {
        if (appPath == null || appPath.isBlank()) {
            return JAR;
        }
        Path launcher = Path.of(appPath);
        Path fileName = launcher.getFileName();
        if (fileName == null) {
            return JAR;
        }
        String name = fileName.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".exe")) {
            name = name.substring(0, name.length() - 4);
        }
        Path folder = launcher.toAbsolutePath().normalize().getParent();
        if (folder != null && onPath(folder, pathVariable)) {
            return name;
        }
        String full = launcher.toAbsolutePath().normalize().toString();
        return full.contains(" ") ? '"' + full + '"' : full;
    }

    private static boolean onPath(Path folder, String pathVariable) {
        if (pathVariable == null) {
            return false;
        }
        for (String entry : pathVariable.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    if (Path.of(entry).toAbsolutePath().normalize().equals(folder)) {
                        return true;
                    }
                } catch (RuntimeException e) { // InvalidPathException: a PATH entry that is no path is no match
                    continue;
                }
            }
        }
        return false;
    }
}
