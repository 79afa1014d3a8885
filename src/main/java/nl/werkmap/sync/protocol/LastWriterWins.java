package nl.werkmap.sync.protocol;

/**
 * The merge rule both sides use: per field, the higher hybrid-clock stamp wins (stamps are fixed-width text that
 * ends in the writer's id, so text order is clock order, then writer); on equal stamps the higher device id wins.
 * A total order, so every replica picks the same winner whatever order bundles arrive in.
 */
public final class LastWriterWins {

    private LastWriterWins() {
    }

    /** True when a write stamped ({@code hlc}, {@code device}) beats the one stored as ({@code oldHlc}, {@code oldDevice}). */
    public static boolean beats(String hlc, String device, String oldHlc, String oldDevice) {
        if (oldHlc == null) {
            return true;
        }
        int byClock = hlc.compareTo(oldHlc);
        return byClock != 0 ? byClock > 0 : device.compareTo(oldDevice) > 0;
    }

    /**
     * As {@link #beats(String, String, String, String)}, with the value as last tie-break: one writer never stamps
     * two values alike, but a replica must still pick the same one whatever the order if it ever happens.
     */
    public static boolean beats(String hlc, String device, String value, String oldHlc, String oldDevice,
                                String oldValue) {
        if (oldHlc != null && hlc.equals(oldHlc) && device.equals(oldDevice)) {
            return value != null && (oldValue == null || value.compareTo(oldValue) > 0);
        }
        return beats(hlc, device, oldHlc, oldDevice);
    }
}
