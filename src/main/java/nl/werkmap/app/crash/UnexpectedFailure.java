package nl.werkmap.app.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.werkmap.app.AppVersion;
import nl.werkmap.app.DataDirectory;

/**
 * What a command does when it fails in a way nobody planned for: a Dutch message that says what to do, and the
 * details in a {@link CrashLog} in the data folder for the IT department. The log goes to the folder the command
 * worked on ({@code --data}; for the hub also the folder of {@code --db-file}), else to this user's default data
 * folder. A folder that does not exist is not created for a log (a mistyped {@code --data} must not leave folders
 * behind); without any folder the report is printed instead.
 */
public final class UnexpectedFailure {

    private UnexpectedFailure() {
    }

    /** Reports {@code failure} of {@code command} run with {@code args}; prints to {@code err}. */
    public static void report(String command, List<String> args, Throwable failure, PrintStream err, Clock clock) {
        report(command, args, failure, err, clock, DataDirectory.defaultForThisMachine());
    }

    /** As above, with this user's default data folder given (tests must not write into the real one). */
    static void report(String command, List<String> args, Throwable failure, PrintStream err, Clock clock,
                       Path userDefault) {
        List<String> optionNames = CrashReport.optionNames(args);
        Optional<Path> folder = folderFor(command, args, userDefault);
        String context = command.equals("hub") && !args.isEmpty() && args.get(0).matches("[a-z-]{1,30}")
                ? "hub " + args.get(0) : command; // the hub's action word, never a value
        String what = "Er ging iets onverwachts mis bij '" + command + "' (" + CrashReport.headline(failure) + ").";
        if (folder.isPresent()) {
            try {
                Path file = new CrashLog(folder.get(), clock).write(context, optionNames, failure);
                err.println(what + " Controleer of het resultaat er is; zo niet, probeer het nog een keer. Gaat het"
                        + " weer mis, stuur dan het bestand " + file.toAbsolutePath() + " naar je IT-afdeling: daarin"
                        + " staan de details, zonder persoonsgegevens.");
                return;
            } catch (IOException | RuntimeException e) {
                err.println("(Het logbestand kon niet worden geschreven in " + folder.get().resolve(CrashLog.FOLDER)
                        + ": " + e.getClass().getSimpleName() + ".)");
            }
        }
        err.println(what + " Controleer of het resultaat er is; zo niet, probeer het nog een keer. Gaat het weer mis,"
                + " stuur dan de details hieronder (zonder persoonsgegevens) naar je IT-afdeling.");
        err.print(CrashReport.of(context, optionNames, failure, clock.instant(), AppVersion.version()));
    }

    /** The data folder a command worked on, when it exists. */
    static Optional<Path> folderFor(String command, List<String> args, Path userDefault) {
        Optional<Path> given;
        try {
            given = value(args, "data").map(Path::of);
            if (given.isEmpty() && command.equals("hub")) {
                given = Optional.of(Path.of(value(args, "db-file").orElse("hub.db")).toAbsolutePath().getParent());
            }
        } catch (InvalidPathException e) {
            return Optional.empty(); // a --data that is no path: the report is printed instead
        }
        Path folder = given.orElse(userDefault);
        return folder != null && Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** {@code --name value} or {@code --name=value}, read as {@code Options} does. */
    private static Optional<String> value(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--" + name + "=")) {
                return Optional.of(arg.substring(name.length() + 3));
            }
            if (arg.equals("--" + name) && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                return Optional.of(args.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
