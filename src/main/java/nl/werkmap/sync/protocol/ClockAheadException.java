package nl.werkmap.sync.protocol;

/** A stamp lies further ahead of the receiver's clock than its margin allows: someone's clock is wrong. */
public final class ClockAheadException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public ClockAheadException(String message) {
        super(RefusalCode.CLOCK_AHEAD, message);
    }
}
