package nl.werkmap.hub.store;

/** An enrolment code that is unknown, used or expired, or device keys that cannot be used. */
public final class EnrollmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EnrollmentRefusedException(String message) {
        super(message);
    }
}
