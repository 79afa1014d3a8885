package nl.werkmap.sync.candidate;

import java.util.Set;
import java.util.UUID;

/**
 * Where every candidate of the caseload stands with the municipality, for the caseload list: the (normally small)
 * sets of candidates with changes the hub lacks and with open conflicts. A candidate in neither set is sent.
 */
public record SyncMarks(boolean linked, Set<UUID> pending, Set<UUID> conflicts) {

    /** A laptop that is not linked to a hub: no candidate gets a mark. */
    public static final SyncMarks NOT_LINKED = new SyncMarks(false, Set.of(), Set.of());

    public SyncMarks {
        pending = Set.copyOf(pending);
        conflicts = Set.copyOf(conflicts);
    }

    /** The same state {@link CandidateSync#state} gives for one candidate, read from the sets. */
    public CandidateSyncState stateOf(UUID candidate) {
        if (!linked) {
            return CandidateSyncState.NOT_LINKED;
        }
        if (conflicts.contains(candidate)) {
            return CandidateSyncState.CONFLICT;
        }
        return pending.contains(candidate) ? CandidateSyncState.PENDING : CandidateSyncState.SENT;
    }
}
