package nl.werkmap.sync.protocol;

/** A bundle id that was already accepted arrives with different content. */
public final class ReplayException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public ReplayException(String message) {
        super(RefusalCode.REPLAY, message);
    }

    public ReplayException(String message, Throwable cause) {
        super(RefusalCode.REPLAY, message, cause);
    }
}
