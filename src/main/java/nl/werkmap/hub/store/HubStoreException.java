package nl.werkmap.hub.store;

/** The hub's database failed; the message says so in Dutch for the administrator. */
public class HubStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HubStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
