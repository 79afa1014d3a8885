package nl.werkmap.app.cli;

/** A command line the user can fix: the message says in Dutch what is wrong and what to do. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
