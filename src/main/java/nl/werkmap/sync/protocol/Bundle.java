package nl.werkmap.sync.protocol;

import java.util.List;

/**
 * The signed JSON payload of a sync bundle (see docs/sync-protocol.md). {@code kind} is {@code up} for a device's
 * changes to the hub and {@code down} for the hub's changes to one device; {@code seqFrom..seqTo} is the sender's
 * own sequence range (the device's change log, or the hub's journal). {@code hubEncryptionKey} is only set in down
 * bundles: the municipality's current public encryption key, so devices pick up a rotated key at the next sync.
 * {@code transferredAway} (optional, down only) lists candidates the hub moved to a coach this device does not
 * serve; the device removes them locally. {@code conflicts} (optional, down only) lists concurrent edits the hub
 * found on records the device sees. {@code resolutions} (optional, up only) carries the coach's "keep" decisions on
 * conflicts, so the hub settles them for every device. Absent (null) means none, so bundles without them stay valid.
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
        String hubEncryptionKey,
        List<String> transferredAway,
        List<ConflictNote> conflicts,
        List<Resolution> resolutions,
        List<String> erased) {

    public static final String FORMAT = "werkmap-bundle";
    public static final int VERSION = 1;
    public static final String UP = "up";
    public static final String DOWN = "down";

    public Bundle {
        changes = changes == null ? List.of() : List.copyOf(changes);
        transferredAway = transferredAway == null || transferredAway.isEmpty() ? null : List.copyOf(transferredAway);
        conflicts = conflicts == null || conflicts.isEmpty() ? null : List.copyOf(conflicts);
        resolutions = resolutions == null || resolutions.isEmpty() ? null : List.copyOf(resolutions);
        erased = erased == null || erased.isEmpty() ? null : List.copyOf(erased);
    }

    /** A bundle that erases no candidate (every bundle before issue 16). */
    public Bundle(String format, int version, String kind, String bundleId, String deviceId, String municipality,
                  String recipient, long seqFrom, long seqTo, String createdAt, List<Change> changes,
                  String hubEncryptionKey, List<String> transferredAway, List<ConflictNote> conflicts,
                  List<Resolution> resolutions) {
        this(format, version, kind, bundleId, deviceId, municipality, recipient, seqFrom, seqTo, createdAt, changes,
                hubEncryptionKey, transferredAway, conflicts, resolutions, null);
    }

    /**
     * avgwis: the candidates this bundle erases (optional, both ways): up, those a team lead erased on the device;
     * down, those erased at the hub, for every device, which removes its copy. Empty when none.
     */
    public List<String> erasedOrNone() {
        return erased == null ? List.of() : erased;
    }

    /**
     * This bundle without its changes (its other members as they are): what a laptop keeps of a down-bundle once
     * the changes are in stored form, so the changes' text does not stay in memory while the bundle waits.
     */
    public Bundle withoutChanges() {
        return new Bundle(format, version, kind, bundleId, deviceId, municipality, recipient, seqFrom, seqTo,
                createdAt, List.of(), hubEncryptionKey, transferredAway, conflicts, resolutions, erased);
    }

    /** This bundle with {@code candidates} to erase. */
    public Bundle withErased(List<String> candidates) {
        return new Bundle(format, version, kind, bundleId, deviceId, municipality, recipient, seqFrom, seqTo,
                createdAt, changes, hubEncryptionKey, transferredAway, conflicts, resolutions, candidates);
    }

    /** A bundle without resolutions (every down-bundle, and up-bundles that carry no decision). */
    public Bundle(String format, int version, String kind, String bundleId, String deviceId, String municipality,
                  String recipient, long seqFrom, long seqTo, String createdAt, List<Change> changes,
                  String hubEncryptionKey, List<String> transferredAway, List<ConflictNote> conflicts) {
        this(format, version, kind, bundleId, deviceId, municipality, recipient, seqFrom, seqTo, createdAt, changes,
                hubEncryptionKey, transferredAway, conflicts, null);
    }

    /** The coach's decisions on conflicts this up-bundle carries; empty when none. */
    public List<Resolution> resolutionsOrNone() {
        return resolutions == null ? List.of() : resolutions;
    }

    /** A bundle without conflict notes. */
    public Bundle(String format, int version, String kind, String bundleId, String deviceId, String municipality,
                  String recipient, long seqFrom, long seqTo, String createdAt, List<Change> changes,
                  String hubEncryptionKey, List<String> transferredAway) {
        this(format, version, kind, bundleId, deviceId, municipality, recipient, seqFrom, seqTo, createdAt, changes,
                hubEncryptionKey, transferredAway, null);
    }

    /** The concurrent edits this down-bundle reports; empty when none. */
    public List<ConflictNote> conflictsOrNone() {
        return conflicts == null ? List.of() : conflicts;
    }

    /** A bundle without transfer markers (every up-bundle, and down-bundles that move no candidate away). */
    public Bundle(String format, int version, String kind, String bundleId, String deviceId, String municipality,
                  String recipient, long seqFrom, long seqTo, String createdAt, List<Change> changes,
                  String hubEncryptionKey) {
        this(format, version, kind, bundleId, deviceId, municipality, recipient, seqFrom, seqTo, createdAt, changes,
                hubEncryptionKey, null, null);
    }

    /** The candidates this down-bundle moves away from the device; empty when none. */
    public List<String> transferredAwayOrNone() {
        return transferredAway == null ? List.of() : transferredAway;
    }

    /** A device's bundle for its municipality's hub. */
    public static Bundle up(String bundleId, String deviceId, String municipality, long seqFrom, long seqTo,
                            String createdAt, List<Change> changes) {
        return new Bundle(FORMAT, VERSION, UP, bundleId, deviceId, municipality, municipality, seqFrom, seqTo,
                createdAt, changes, null);
    }

    /** A device's bundle that also carries the coach's decisions on conflicts. */
    public static Bundle up(String bundleId, String deviceId, String municipality, long seqFrom, long seqTo,
                            String createdAt, List<Change> changes, List<Resolution> resolutions) {
        return new Bundle(FORMAT, VERSION, UP, bundleId, deviceId, municipality, municipality, seqFrom, seqTo,
                createdAt, changes, null, null, null, resolutions);
    }

    /** The hub's bundle for one device; {@code hubId} signs it. */
    public static Bundle down(String bundleId, String hubId, String municipality, String deviceId, long seqFrom,
                              long seqTo, String createdAt, List<Change> changes, String hubEncryptionKey) {
        return new Bundle(FORMAT, VERSION, DOWN, bundleId, hubId, municipality, deviceId, seqFrom, seqTo,
                createdAt, changes, hubEncryptionKey);
    }

    /** A down-bundle that also tells the device which candidates were transferred away from it. */
    public static Bundle down(String bundleId, String hubId, String municipality, String deviceId, long seqFrom,
                              long seqTo, String createdAt, List<Change> changes, String hubEncryptionKey,
                              List<String> transferredAway) {
        return new Bundle(FORMAT, VERSION, DOWN, bundleId, hubId, municipality, deviceId, seqFrom, seqTo,
                createdAt, changes, hubEncryptionKey, transferredAway, null);
    }

    /** A down-bundle with transfer markers and the concurrent edits found on records the device sees. */
    public static Bundle down(String bundleId, String hubId, String municipality, String deviceId, long seqFrom,
                              long seqTo, String createdAt, List<Change> changes, String hubEncryptionKey,
                              List<String> transferredAway, List<ConflictNote> conflicts) {
        return new Bundle(FORMAT, VERSION, DOWN, bundleId, hubId, municipality, deviceId, seqFrom, seqTo,
                createdAt, changes, hubEncryptionKey, transferredAway, conflicts);
    }
}
