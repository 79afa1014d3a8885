package nl.werkmap.app.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless subcommand of {@code java -jar werkmap.jar NAME ...}; returns the process exit code. */
public interface Command {

    /** The word after the jar on the command line, e.g. {@code demo}. */
    String name();

    /** One line for the usage text, in Dutch. */
    String summary();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
