package nl.werkmap.sync;

/** What one sync round did; {@code error} is a Dutch sentence, or null when everything went through. */
public record SyncReport(int bundlesSent, int bundlesReceived, int changesReceived, int conflicts, String error) {

    public boolean ok() {
        return error == null;
    }
}
