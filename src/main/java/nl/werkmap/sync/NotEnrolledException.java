package nl.werkmap.sync;

/** Sync was asked for on a caseload that has not been enrolled at a hub. */
public final class NotEnrolledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotEnrolledException() {
        super("Deze computer is nog niet aangemeld bij de gemeente. Meld eerst aan met een aanmeldcode"
                + " (werkmap enroll --hub URL --code CODE).");
    }
}
