package nl.werkmap.app.cli;

import java.util.List;

/**
 * Whether a command line asks for help: {@code --help} anywhere, or {@code -h} where it is not the value of the
 * option before it ({@code --name -h} names someone "-h", as {@link Options} reads it).
 */
public final class HelpOption {

    private HelpOption() {
    }

    public static boolean asked(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help")) {
                return true;
            }
            if (arg.equals("-h") && (i == 0 || !takesValue(args.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesValue(String previous) {
        return previous.startsWith("--") && !previous.contains("=");
    }
}
