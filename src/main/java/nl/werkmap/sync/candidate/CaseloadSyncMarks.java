package nl.werkmap.sync.candidate;

import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.merge.CandidateOwners;
import nl.werkmap.sync.merge.ConflictDecisions;
import nl.werkmap.sync.merge.PendingChanges;

/**
 * {@link CandidateSync#state} for the whole caseload at once, without touching the caseload query: the rows with
 * waiting changes and the rows with open conflicts are read on their own (both normally few) and traced back to
 * their candidates, so a change to a placement or a session marks its candidate. One read transaction, so the two
 * sets agree with each other.
 */
public final class CaseloadSyncMarks {

    private final CaseloadStore store;

    public CaseloadSyncMarks(CaseloadStore store) {
        this.store = store;
    }

    public SyncMarks read() {
        return store.read(dsl -> {
            if (!dsl.fetchExists(SYNC_ENROLLMENT)) {
                return SyncMarks.NOT_LINKED;
            }
            Set<String> pending = new java.util.HashSet<>(CandidateOwners.of(dsl, PendingChanges.rows(dsl)));
            // A "keep" decision still on its way to the hub leaves the candidate not sent, as on its page.
            pending.addAll(CandidateOwners.of(dsl, ConflictDecisions.unsentRows(dsl)));
            Set<String> conflicts = CandidateOwners.of(dsl, dsl.selectDistinct(SYNC_CONFLICT.ENTITY,
                    SYNC_CONFLICT.ENTITY_ID).from(SYNC_CONFLICT).where(SYNC_CONFLICT.RESOLVED_AT.isNull()).fetch());
            return new SyncMarks(true, ids(pending), ids(conflicts));
        });
    }

    private static Set<UUID> ids(Set<String> ids) {
        return ids.stream().map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
    }
}
