package nl.werkmap.sync;

/** Enrolment was asked for on a demo caseload: fictional data must never reach a municipality. */
public final class DemoCaseloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoCaseloadException() {
        super("Dit is een democaseload met verzonnen gegevens; die wordt nooit bij de gemeente aangemeld."
                + " Start Werkmap met een nieuwe, lege caseload (een andere map met --data) om aan te melden.");
    }
}
