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
    /** A stamp in the bundle lies more than the receiver's margin ahead of its clock (see {@link ClockBounds}). */
    CLOCK_AHEAD(422),
    /** A change names a record type the caseload schema does not have (see nl.werkmap.sync.schema). */
    UNKNOWN_ENTITY(422),
    /** A change names a field its record type does not have, or one only the store writes (id, updated_at). */
    UNKNOWN_FIELD(422),
    /** A record id (or a reference to one) is not a UUID in its canonical text form. */
    BAD_ID(422),
    /** A value does not fit its column: text in a number column, no date in a date column, not true/false. */
    BAD_VALUE(422),
    /** A value is longer than the documented cap of its column kind. */
    VALUE_TOO_LARGE(422),
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
