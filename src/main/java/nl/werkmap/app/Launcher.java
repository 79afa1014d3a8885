package nl.werkmap.app;

import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.werkmap.app.cli.Command;
import nl.werkmap.app.cli.Commands;
import nl.werkmap.app.cli.HelpOption;
import nl.werkmap.app.cli.LauncherName;
import nl.werkmap.app.cli.UsageException;
import nl.werkmap.app.crash.UnexpectedFailure;
import nl.werkmap.hub.store.EnrollmentRefusedException;
import nl.werkmap.hub.store.HubLockedException;
import nl.werkmap.security.CorruptKeyringException;
import nl.werkmap.sync.DemoCaseloadException;
import nl.werkmap.sync.NotEnrolledException;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.client.HubUnavailableException;

/**
 * Entry point of the one artifact. It does not extend {@code Application}, so the JavaFX runtime can sit on the
 * plain classpath. With a command word it runs that headless command; without one it starts the desktop app.
 */
public final class Launcher {

    /**
     * Failures whose message is already a Dutch sentence for the user that says what to do (hub down, code
     * refused, damaged keyring): shown as they are, exit 1, no crash log. Anything else is unexpected.
     */
    private static final Set<Class<? extends Throwable>> EXPLAINED = Set.of(HubUnavailableException.class,
            HubRefusedException.class, EnrollmentRefusedException.class, NotEnrolledException.class,
            DemoCaseloadException.class, CorruptKeyringException.class, HubLockedException.class);

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(run(args));
    }

    static int run(String[] args) {
        return run(args, System.out, System.err, Clock.systemUTC());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("-V"))) {
            out.println("Werkmap " + AppVersion.version());
            return 0;
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            // "help export" (or "--help hub serve") shows that command's own help.
            Optional<Command> about = args.length > 1 ? Commands.find(args[1]) : Optional.empty();
            if (about.isPresent()) {
                out.print(about.get().usage(Arrays.asList(args).subList(2, args.length)));
            } else {
                printUsage(out);
            }
            return 0;
        }
        // A double-clicked .werkmapbundle arrives as the first argument: that is the app, not a command.
        if (args.length > 0 && !args[0].startsWith("--") && !DesktopStarter.looksLikeBundle(args[0])) {
            Optional<Command> command = Commands.find(args[0]);
            if (command.isEmpty()) {
                err.println("Onbekend commando '" + args[0] + "'. Dit zijn de commando's:");
                printUsage(out);
                return 2;
            }
            return runCommand(command.get(), Arrays.asList(args).subList(1, args.length), out, err, clock);
        }
        return DesktopStarter.start(args, clock);
    }

    /** Runs one command: its help without running it, a Dutch message for every way it can fail. */
    static int runCommand(Command command, List<String> args, PrintStream out, PrintStream err, Clock clock) {
        if (HelpOption.asked(args)) {
            out.print(command.usage(args));
            return 0;
        }
        try {
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            if (e.isAboutOptions()) {
                err.println("Alle opties: " + LauncherName.current() + " " + command.name()
                        + (command.name().equals("hub") && !args.isEmpty() ? " " + args.get(0) : "") + " --help");
            }
            return 2;
        } catch (NoSuchFileException e) {
            err.println("Werkmap kon '" + command.name() + "' niet afmaken: " + e.getFile() + " bestaat niet."
                    + " Controleer het pad en probeer het opnieuw.");
            return 1;
        } catch (AccessDeniedException e) {
            err.println("Werkmap kon '" + command.name() + "' niet afmaken: Werkmap mag " + e.getFile() + " niet"
                    + " lezen of schrijven. Kies een andere plek, of vraag je IT-afdeling om de rechten.");
            return 1;
        } catch (Exception e) {
            if (EXPLAINED.contains(e.getClass())) {
                err.println("Werkmap kon '" + command.name() + "' niet afmaken: " + e.getMessage());
                return 1;
            }
            UnexpectedFailure.report(command.name(), args, e, err, clock);
            return 1;
        } catch (LinkageError | AssertionError | StackOverflowError e) {
            // Errors a broken installation or a bug cause; worth a log. Others (out of memory) end the JVM as usual.
            UnexpectedFailure.report(command.name(), args, e, err, clock);
            return 1;
        }
    }

    private static void printUsage(PrintStream out) {
        String me = LauncherName.current();
        out.println("Werkmap " + AppVersion.version());
        out.printf("Gebruik: %s [--data MAP]%s start de app%n", me, pad(me, " [--data MAP]"));
        out.printf("        %s --version%s toont de versie%n", me, pad(me, " --version"));
        out.printf("        %s COMMANDO [OPTIES]%s zonder venster:%n", me, pad(me, " COMMANDO [OPTIES]"));
        for (Command command : Commands.all()) {
            out.printf("          %-15s %s%n", command.name(), command.summary());
        }
        out.println("Alle opties van een commando: " + me + " COMMANDO --help");
    }

    /** Spaces that line the descriptions up, whatever the command is called. */
    private static String pad(String me, String rest) {
        return " ".repeat(Math.max(1, 40 - me.length() - rest.length()));
    }
}
