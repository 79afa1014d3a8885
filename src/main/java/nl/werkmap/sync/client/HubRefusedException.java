package nl.werkmap.sync.client;

/**
 * The hub answered and said no (4xx with an error code): retrying the same request will not help. {@code code} is
 * the hub's error code, e.g. {@code REVOKED_DEVICE}; the message is the hub's Dutch text.
 */
public final class HubRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    public HubRefusedException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
