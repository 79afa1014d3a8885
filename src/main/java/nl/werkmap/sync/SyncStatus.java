package nl.werkmap.sync;

import java.time.Instant;

/**
 * A snapshot for the status bar: changes not yet acknowledged by the hub (the coach's decisions on conflicts that
 * still have to reach it count as changes), last successful sync, last error in
 * Dutch (null when the last round went well), whether a round is running, and open conflicts. Not enrolled: the
 * counts are 0 (no hub waits for anything; nothing is counted).
 */
public record SyncStatus(int pendingChanges, Instant lastSuccess, String lastError, boolean inProgress,
                         int openConflicts, boolean enrolled) {
}
