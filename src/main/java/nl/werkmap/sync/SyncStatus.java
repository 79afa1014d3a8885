package nl.werkmap.sync;

import java.time.Instant;

/**
 * A snapshot for the status bar: changes not yet acknowledged by the hub (the coach's decisions on conflicts that
 * still have to reach it count as changes), last successful sync, last error in
 * Dutch (null when the last round went well), whether a round is running, and open conflicts. Not enrolled: the
 * counts are 0 (no hub waits for anything; nothing is counted). {@code receivedSoFar}: while a round runs, the
 * changes from the hub it has stored so far ({@link SyncProgress}); 0 otherwise.
 */
public record SyncStatus(int pendingChanges, Instant lastSuccess, String lastError, boolean inProgress,
                         int openConflicts, boolean enrolled, int receivedSoFar) {

    /** A snapshot with nothing received yet. */
    public SyncStatus(int pendingChanges, Instant lastSuccess, String lastError, boolean inProgress,
                      int openConflicts, boolean enrolled) {
        this(pendingChanges, lastSuccess, lastError, inProgress, openConflicts, enrolled, 0);
    }

    /** This snapshot of a running round with {@code changes} received and stored so far. */
    public SyncStatus receiving(int changes) {
        return new SyncStatus(pendingChanges, lastSuccess, lastError, true, openConflicts, enrolled, changes);
    }
}
