package nl.werkmap.sync;

/**
 * What one sync round did; {@code error} is a Dutch sentence, or null when everything went through.
 * {@code transferredAway}: candidates the hub moved to another coach that left this device in this round.
 */
public record SyncReport(int bundlesSent, int bundlesReceived, int changesReceived, int conflicts,
                         int transferredAway, String error) {

    public SyncReport(int bundlesSent, int bundlesReceived, int changesReceived, int conflicts, String error) {
        this(bundlesSent, bundlesReceived, changesReceived, conflicts, 0, error);
    }

    public boolean ok() {
        return error == null;
    }

    /**
     * Whether the round brought anything into the caseload that the screens show: changes, conflicts or candidates
     * transferred away. Only then are the lists and the open candidate read again (at 150,000 candidates the list
     * alone is a whole read, issue 13); what a round sent shows through the sync marks.
     */
    public boolean broughtSomething() {
        return changesReceived > 0 || conflicts > 0 || transferredAway > 0;
    }
}
