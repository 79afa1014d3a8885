package nl.werkmap.store;

/**
 * A caseload store failure with a message in plain Dutch that says what went wrong and what the coach can do
 * next; the UI shows {@link #getMessage()} as is.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
