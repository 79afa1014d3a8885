package nl.werkmap.app.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless subcommand of {@code java -jar werkmap.jar NAME ...}; returns the process exit code. */
public interface Command {

    /** The word after the jar on the command line, e.g. {@code demo}. */
    String name();

    /** One line for the usage text, in Dutch. */
    String summary();

    /**
     * The full usage for {@code NAME --help}, in Dutch: every option and what it does. The launcher prints it
     * without calling {@link #run}, so asking for help never opens a caseload, a hub or a file.
     */
    String usage();

    /** The usage for {@code --help} after {@code args}; a command with actions (hub) answers per action. */
    default String usage(List<String> args) {
        return usage();
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
