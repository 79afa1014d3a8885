package nl.werkmap.app.cli;

/**
 * A command line the user can fix: the message says in Dutch what is wrong and what to do. When the mistake is in
 * the options themselves (missing, unknown, not a number), the launcher also points to the command's --help.
 */
public final class UsageException extends RuntimeException {

    private final boolean aboutOptions;

    public UsageException(String message) {
        this(message, false);
    }

    private UsageException(String message, boolean aboutOptions) {
        super(message);
        this.aboutOptions = aboutOptions;
    }

    /** A missing, unknown or malformed option: the command's --help lists the right ones. */
    static UsageException aboutOptions(String message) {
        return new UsageException(message, true);
    }

    public boolean isAboutOptions() {
        return aboutOptions;
    }
}
