package nl.werkmap.sync.protocol;

/**
 * Why a bundle is refused. The name is the {@code error} value in the hub's JSON error body, so a client can act on
 * it without parsing the Dutch message; {@code httpStatus} is the status the hub answers with.
 */
public enum RefusalCode {
    MALFORMED(400),
    TAMPERED(400),
    WRONG_RECIPIENT(421),
    UNKNOWN_DEVICE(401),
    REVOKED_DEVICE(403),
    BAD_SIGNATURE(401),
    REPLAY(409),
    /** The request body is larger than the hub accepts; cut off as soon as the limit was passed. */
    TOO_LARGE(413),
    /** Too many requests from one device or address; the answer's Retry-After says when to try again. */
    RATE_LIMITED(429);

    private final int httpStatus;

    RefusalCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
