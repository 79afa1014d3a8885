package nl.werkmap.app;

/**
 * Entry point of the one artifact. It does not extend {@code Application}, so the JavaFX runtime can sit on the
 * plain classpath; it hands the arguments to the command line, which starts the desktop app when no command is given.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("Werkmap " + AppVersion.version());
            return;
        }
        System.exit(0);
    }
}
