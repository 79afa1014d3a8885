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
}
