package nl.werkmap.app.cli;

import java.io.Console;
import java.util.Optional;

/**
 * Asks a person at the terminal for a secret without echoing it. Empty when nobody is there (a service, a script,
 * a pipe), so a command can then ask for a file instead of waiting for input that never comes.
 */
@FunctionalInterface
interface ConsolePrompt {

    /** The typed text, or empty without a console; an empty line comes back as an empty array. */
    Optional<char[]> ask(String question);

    static ConsolePrompt system() {
        return question -> {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            char[] typed = console.readPassword("%s", question);
            return Optional.of(typed == null ? new char[0] : typed);
        };
    }
}
