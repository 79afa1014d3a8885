package nl.werkmap.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.werkmap.app.cli.Command;
import nl.werkmap.app.cli.Commands;
import nl.werkmap.app.cli.UsageException;

/**
 * Entry point of the one artifact. It does not extend {@code Application}, so the JavaFX runtime can sit on the
 * plain classpath. With a command word it runs that headless command; without one it starts the desktop app.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("Werkmap " + AppVersion.version());
            return 0;
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            printUsage();
            return 0;
        }
        // A double-clicked .werkmapbundle arrives as the first argument: that is the app, not a command.
        if (args.length > 0 && !args[0].startsWith("--") && !DesktopStarter.looksLikeBundle(args[0])) {
            Optional<Command> command = Commands.find(args[0]);
            if (command.isEmpty()) {
                System.err.println("Onbekend commando '" + args[0] + "'.");
                printUsage();
                return 2;
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            try {
                return command.get().run(rest, System.out, System.err);
            } catch (UsageException e) {
                System.err.println(e.getMessage());
                return 2;
            } catch (Exception e) {
                System.err.println("Werkmap kon '" + args[0] + "' niet afmaken: " + e.getMessage());
                return 1;
            }
        }
        return DesktopStarter.start(args);
    }

    private static void printUsage() {
        System.out.println("Werkmap " + AppVersion.version());
        System.out.println("Gebruik: java -jar werkmap.jar [--data MAP]         start de app");
        System.out.println("        java -jar werkmap.jar --version             toont de versie");
        System.out.println("        java -jar werkmap.jar COMMANDO [OPTIES]     zonder venster:");
        for (Command command : Commands.all()) {
            System.out.printf("          %-15s %s%n", command.name(), command.summary());
        }
    }
}
