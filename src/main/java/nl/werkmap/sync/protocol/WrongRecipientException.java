package nl.werkmap.sync.protocol;

/** The bundle was encrypted to a key this receiver does not hold, or names another municipality or device. */
public final class WrongRecipientException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public WrongRecipientException(String message) {
        super(RefusalCode.WRONG_RECIPIENT, message);
    }

    public WrongRecipientException(String message, Throwable cause) {
        super(RefusalCode.WRONG_RECIPIENT, message, cause);
    }
}
