package nl.werkmap.sync.protocol;

/**
 * A bundle that must not be applied. Subclasses name the reason; {@link #code()} is the machine-readable form and
 * the message says in Dutch what is wrong.
 */
public abstract class BundleRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RefusalCode code;

    protected BundleRefusedException(RefusalCode code, String message) {
        super(message);
        this.code = code;
    }

    protected BundleRefusedException(RefusalCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public RefusalCode code() {
        return code;
    }
}
