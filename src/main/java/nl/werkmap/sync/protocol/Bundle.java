package nl.werkmap.sync.protocol;

import java.util.List;

/**
 * The signed JSON payload of a sync bundle (see docs/sync-protocol.md). {@code kind} is {@code up} for a device's
 * changes to the hub and {@code down} for the hub's changes to one device; {@code seqFrom..seqTo} is the sender's
 * own sequence range (the device's change log, or the hub's journal). {@code hubEncryptionKey} is only set in down
 * bundles: the municipality's current public encryption key, so devices pick up a rotated key at the next sync.
 */
public record Bundle(
        String format,
        int version,
        String kind,
        String bundleId,
        String deviceId,
        String municipality,
        String recipient,
        long seqFrom,
        long seqTo,
        String createdAt,
        List<Change> changes,
        String hubEncryptionKey) {

    public static final String FORMAT = "werkmap-bundle";
    public static final int VERSION = 1;
    public static final String UP = "up";
    public static final String DOWN = "down";

    public Bundle {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A device's bundle for its municipality's hub. */
    public static Bundle up(String bundleId, String deviceId, String municipality, long seqFrom, long seqTo,
                            String createdAt, List<Change> changes) {
        return new Bundle(FORMAT, VERSION, UP, bundleId, deviceId, municipality, municipality, seqFrom, seqTo,
                createdAt, changes, null);
    }

    /** The hub's bundle for one device; {@code hubId} signs it. */
    public static Bundle down(String bundleId, String hubId, String municipality, String deviceId, long seqFrom,
                              long seqTo, String createdAt, List<Change> changes, String hubEncryptionKey) {
        return new Bundle(FORMAT, VERSION, DOWN, bundleId, hubId, municipality, deviceId, seqFrom, seqTo,
                createdAt, changes, hubEncryptionKey);
    }
}
