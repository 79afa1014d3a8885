package nl.werkmap.hub.store;

/**
 * The hub's database works but is fully taken for now (every reader busy, every turn for a first sync taken): the
 * hub answers "busy, try later" (503 with Retry-After) instead of a fault, and logs no database failure.
 */
public final class HubStoreBusyException extends HubStoreException {

    private static final long serialVersionUID = 1L;

    HubStoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
