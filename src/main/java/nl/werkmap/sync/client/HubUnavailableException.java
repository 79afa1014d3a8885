package nl.werkmap.sync.client;

/** The hub could not be reached or had a temporary fault (network, timeout, 5xx): worth retrying later. */
public final class HubUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public HubUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
