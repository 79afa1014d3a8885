package nl.werkmap.sync.protocol;

/**
 * A bundle that must not be applied. Subclasses name the reason; {@link #code()} is the machine-readable form and
 * the message says in Dutch what is wrong. A message quotes at most {@link #MAX_MESSAGE} characters: it goes to a
 * log, a hub response and a coach's screen, and the part of a payload it quotes (a parser's path, a stamp) can be as
 * long as the payload.
 */
public abstract class BundleRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The longest message kept; longer ones are cut and say so. */
    public static final int MAX_MESSAGE = 500;

    private final RefusalCode code;

    protected BundleRefusedException(RefusalCode code, String message) {
        super(bounded(message));
        this.code = code;
    }

    protected BundleRefusedException(RefusalCode code, String message, Throwable cause) {
        super(bounded(message), cause);
        this.code = code;
    }

    static String bounded(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        int cut = MAX_MESSAGE - 20;
        if (Character.isHighSurrogate(message.charAt(cut - 1))) {
            cut--;
        }
        return message.substring(0, cut) + " … (ingekort)";
    }

    public RefusalCode code() {
        return code;
    }
}
