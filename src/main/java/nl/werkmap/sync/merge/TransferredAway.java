package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.EMPLOYER_CONTACT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static nl.werkmap.store.jooq.Tables.SYNC_TRANSFERRED_AWAY;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.store.CaseloadStore;

/**
 * Candidates the hub transferred to another coach leave this device. It is not a delete at the municipality, so
 * the rows go without change-log entries (nothing to sync back), together with the log entries about them (so a
 * later transfer back arrives as a fresh row). A candidate waits in {@code sync_transferred_away} while any of its
 * own changes is not yet acknowledged by the hub: the coach's last notes reach the municipality first.
 */
public final class TransferredAway {

    private static final Logger LOG = LoggerFactory.getLogger(TransferredAway.class);

    private final CaseloadStore store;
    private final Clock clock;

    public TransferredAway(CaseloadStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Notes the markers of a down-bundle for candidates this device holds; others are none of its business. */
    public void record(Collection<String> candidateIds) {
        if (candidateIds.isEmpty()) {
            return;
        }
        String now = clock.instant().toString();
        store.writeOwnTables(dsl -> {
            for (String id : dsl.select(CANDIDATE.ID).from(CANDIDATE).where(CANDIDATE.ID.in(candidateIds))
                    .fetch(CANDIDATE.ID)) {
                dsl.insertInto(SYNC_TRANSFERRED_AWAY).set(SYNC_TRANSFERRED_AWAY.CANDIDATE_ID, id)
                        .set(SYNC_TRANSFERRED_AWAY.RECEIVED_AT, now).onConflictDoNothing().execute();
            }
            return null;
        });
    }

    /** Removes every noted candidate whose changes the hub has all acknowledged; returns how many went. */
    public int removeSettled() {
        return store.writeOwnTables(dsl -> {
            int removed = 0;
            for (String candidate : dsl.select(SYNC_TRANSFERRED_AWAY.CANDIDATE_ID).from(SYNC_TRANSFERRED_AWAY)
                    .fetch(SYNC_TRANSFERRED_AWAY.CANDIDATE_ID)) {
                List<String> rows = CandidateRows.of(dsl, candidate);
                if (PendingChanges.any(dsl, rows)) {
                    LOG.info("Overgedragen kandidaat {} blijft tot de hub de laatste wijzigingen heeft bevestigd.",
                            candidate);
                    continue;
                }
                remove(dsl, candidate, rows);
                dsl.deleteFrom(SYNC_TRANSFERRED_AWAY).where(SYNC_TRANSFERRED_AWAY.CANDIDATE_ID.eq(candidate))
                        .execute();
                removed++;
            }
            return removed;
        });
    }

    private void remove(DSLContext dsl, String candidate, List<String> rows) {
        dsl.deleteFrom(EMPLOYER_CONTACT).where(EMPLOYER_CONTACT.PLACEMENT_ID.in(
                DSL.select(PLACEMENT.ID).from(PLACEMENT).where(PLACEMENT.CANDIDATE_ID.eq(candidate)))).execute();
        for (Table<?> table : CandidateRows.BY_CANDIDATE) {
            dsl.deleteFrom(table).where(CandidateRows.candidateId(table).eq(candidate)).execute();
        }
        dsl.deleteFrom(PLACEMENT).where(PLACEMENT.CANDIDATE_ID.eq(candidate)).execute();
        dsl.deleteFrom(CANDIDATE).where(CANDIDATE.ID.eq(candidate)).execute();
        dsl.deleteFrom(CHANGE_LOG).where(CHANGE_LOG.ENTITY_ID.in(rows)).execute();
        dsl.update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED_AT, clock.instant().toString())
                .where(SYNC_CONFLICT.ENTITY_ID.in(rows)).and(SYNC_CONFLICT.RESOLVED_AT.isNull()).execute();
    }
}
