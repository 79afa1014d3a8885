package nl.werkmap.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Application;

import nl.werkmap.app.cli.Options;
import nl.werkmap.app.cli.UsageException;
import nl.werkmap.app.cli.LauncherName;
import nl.werkmap.app.crash.CrashHandler;
import nl.werkmap.app.crash.CrashLog;
import nl.werkmap.app.crash.CrashReport;

/** Starts the JavaFX desktop app. Kept apart so headless commands never touch JavaFX classes. */
final class DesktopStarter {

    /** What a bundle file is called; the file association (Linux .desktop, Windows installer) is on this. */
    static final String BUNDLE_EXTENSION = ".werkmapbundle";

    /**
     * What the desktop app starts with.
     *
     * @param dataDir the caseload's folder
     * @param bundleFile a {@code .werkmapbundle} the user opened from the file manager, when the app was started so
     */
    record DesktopArguments(Path dataDir, Optional<Path> bundleFile) {
    }

    private DesktopStarter() {
    }

    static int start(String[] args, Clock clock) {
        DesktopArguments parsed;
        try {
            parsed = parse(args);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        // First: settings, texts and the first window's classes are read on a second core while JavaFX starts.
        WerkmapApp.prepared(FirstWindowPreparation.start(parsed.dataDir().toAbsolutePath()));
        // Whatever no screen handles ends in the same crash log as the commands use (FX thread and workers alike).
        Thread.setDefaultUncaughtExceptionHandler(new CrashHandler(parsed.dataDir(), clock));
        String data = "--data=" + parsed.dataDir().toAbsolutePath();
        // Before JavaFX starts: a typed key's list is laid out and painted within 4 ms, not 16.
        PulseRate.beforeToolkit();
        // And its backgrounds drawn as shapes, not stretched from kept images (cheaper on the software renderer).
        RegionPainting.beforeToolkit();
        try {
            if (parsed.bundleFile().isPresent()) {
                Application.launch(WerkmapApp.class, data, "--bundle=" + parsed.bundleFile().get().toAbsolutePath());
            } else {
                Application.launch(WerkmapApp.class, data);
            }
        } catch (RuntimeException e) {
            // Mostly a machine without a screen or without GTK 3 (Linux): JavaFX cannot open a window at all.
            System.err.println(noWindow(e, parsed.dataDir(), clock));
            return 1;
        }
        return 0;
    }

    /**
     * The message when the app could not start, with the crash log it wrote (or why it could not). A failure inside
     * Werkmap's own code is a bug and said to be one; a failure in JavaFX alone is the machine (no GTK, no screen).
     */
    static String noWindow(RuntimeException failure, Path dataDir, Clock clock) {
        String details;
        try {
            Path log = new CrashLog(dataDir, clock).write("app start", List.of(), failure);
            details = " stuur het bestand " + log.toAbsolutePath() + " naar je IT-afdeling.";
        } catch (IOException | RuntimeException e) {
            details = " meld het aan je IT-afdeling (het logbestand kon niet worden geschreven: "
                    + e.getClass().getSimpleName() + ").";
        }
        if (inOwnCode(failure)) {
            return "Werkmap kon niet starten door een onverwachte fout (" + CrashReport.headline(failure) + "). Probeer"
                    + " het nog een keer; gaat het weer mis," + details;
        }
        return "Werkmap kon geen venster openen (" + CrashReport.headline(failure) + "). Op Linux heeft Werkmap GTK 3"
                + " en een beeldscherm nodig: installeer libgtk-3-0 (sudo apt-get install libgtk-3-0) en start Werkmap"
                + " in een grafische sessie. De commando's zonder venster werken ook zo: " + LauncherName.current()
                + " --help. Lukt het dan nog niet," + details;
    }

    /** Whether Werkmap's code (past this starter) ran where the failure happened, in it or any of its causes. */
    private static boolean inOwnCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String type = frame.getClassName();
                if (type.startsWith("nl.werkmap.") && !type.startsWith(DesktopStarter.class.getName())
                        && !type.startsWith(Launcher.class.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code arg} names a bundle file, so the launcher starts the app instead of looking for a command. */
    static boolean looksLikeBundle(String arg) {
        return arg.toLowerCase(Locale.ROOT).endsWith(BUNDLE_EXTENSION);
    }

    /** {@code --data DIR} or the per-user default. */
    static Path dataDirectory(String[] args) {
        return parse(args).dataDir();
    }

    /**
     * {@code [--data DIR] [FILE.werkmapbundle]}: the file manager passes an opened bundle as the one positional
     * argument (a plain path on Windows, a path or a {@code file:} URI on Linux). Anything else is refused.
     */
    static DesktopArguments parse(String[] args) {
        Options options = Options.parse(Arrays.asList(args)).allowOnly("data");
        if (options.positional().size() > 1) {
            throw new UsageException("Werkmap opent één bundelbestand tegelijk; er werden er "
                    + options.positional().size() + " meegegeven.");
        }
        Optional<Path> bundle = options.positional().stream().findFirst().map(DesktopStarter::bundleFile);
        Path dataDir = options.get("data").isPresent()
                ? Path.of(options.require("data"))
                : DataDirectory.defaultForThisMachine();
        return new DesktopArguments(dataDir, bundle);
    }

    private static Path bundleFile(String arg) {
        if (!looksLikeBundle(arg)) {
            throw new UsageException("Onbekend argument '" + arg + "'. Werkmap opent alleen bestanden die eindigen op "
                    + BUNDLE_EXTENSION + ".");
        }
        Path file;
        try {
            file = arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException e) { // InvalidPathException too
            throw new UsageException("'" + arg + "' is geen geldig pad naar een bestand.");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("Het bundelbestand " + file + " bestaat niet (meer). Controleer of het is "
                    + "verplaatst of verwijderd.");
        }
        return file;
    }
}
