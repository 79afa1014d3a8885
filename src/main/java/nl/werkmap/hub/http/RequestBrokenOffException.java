package nl.werkmap.hub.http;

/**
 * A request body that stopped arriving before its declared end: the connection broke, the bundle itself may be
 * fine. Answered 503 {@code UNAVAILABLE}, which a device treats as "try again later", so the bundle stays in its
 * outbox. A 400 {@code MALFORMED} here set a sound bundle aside as refused whenever a cut connection still let the
 * hub's answer through.
 */
final class RequestBrokenOffException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RequestBrokenOffException(Throwable cause) {
        super("Het verzoek kwam niet volledig binnen; de verbinding viel weg. Werkmap probeert het later opnieuw.",
                cause);
    }
}
