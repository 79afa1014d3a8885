package nl.werkmap.hub.http;

/**
 * The hub holds as many request bodies in memory as it may; this one was read to its end without being kept.
 * Answered 503 {@code UNAVAILABLE} with {@code Retry-After}: the device sends the same bundle again later.
 */
final class HubBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    HubBusyException() {
        super("De hub verwerkt nu te veel tegelijk. Werkmap probeert het later vanzelf opnieuw.");
    }
}
