package nl.werkmap.sync.outbox;

/** One stored bundle waiting for (or done with) delivery. */
public record OutboxEntry(String bundleId, long seqFrom, long seqTo, int changeCount, String jwe, int attempts,
                          String nextAttemptAt) {
}
