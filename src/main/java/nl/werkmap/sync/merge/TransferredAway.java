package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.EMPLOYER_CONTACT;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static nl.werkmap.store.jooq.Tables.PLAN_ACTION;
import static nl.werkmap.store.jooq.Tables.PLAN_GOAL;
import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static nl.werkmap.store.jooq.Tables.SYNC_OUTBOX;
import static nl.werkmap.store.jooq.Tables.SYNC_TRANSFERRED_AWAY;
import static nl.werkmap.store.jooq.Tables.ZRM_MEASUREMENT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
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

    /** The tables hanging off a candidate by candidate_id, children before parents (foreign keys). */
    private static final List<Table<?>> BY_CANDIDATE = List.of(COACHING_SESSION, PLAN_ACTION, PLAN_GOAL, CONSENT,
            LADDER_MEASUREMENT, ZRM_MEASUREMENT);

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
                List<String> rows = rowsOf(dsl, candidate);
                if (hasUnacknowledged(dsl, rows)) {
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

    /** The ids of the candidate's row and every row that belongs to it. */
    private static List<String> rowsOf(DSLContext dsl, String candidate) {
        List<String> ids = new ArrayList<>();
        ids.add(candidate);
        for (Table<?> table : BY_CANDIDATE) {
            ids.addAll(dsl.select(id(table)).from(table).where(candidateId(table).eq(candidate)).fetch(id(table)));
        }
        List<String> placements = dsl.select(PLACEMENT.ID).from(PLACEMENT).where(PLACEMENT.CANDIDATE_ID.eq(candidate))
                .fetch(PLACEMENT.ID);
        ids.addAll(placements);
        ids.addAll(dsl.select(EMPLOYER_CONTACT.ID).from(EMPLOYER_CONTACT)
                .where(EMPLOYER_CONTACT.PLACEMENT_ID.in(placements)).fetch(EMPLOYER_CONTACT.ID));
        return ids;
    }

    /** Whether any local change about these rows is unsent or sits in a bundle the hub has not acknowledged. */
    private static boolean hasUnacknowledged(DSLContext dsl, List<String> rows) {
        return dsl.fetchExists(DSL.selectOne().from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY_ID.in(rows))
                .and(CHANGE_LOG.BUNDLE_ID.isNull().or(CHANGE_LOG.BUNDLE_ID.in(
                        DSL.select(SYNC_OUTBOX.BUNDLE_ID).from(SYNC_OUTBOX)
                                .where(SYNC_OUTBOX.ACKNOWLEDGED_AT.isNull())))));
    }

    private void remove(DSLContext dsl, String candidate, List<String> rows) {
        dsl.deleteFrom(EMPLOYER_CONTACT).where(EMPLOYER_CONTACT.PLACEMENT_ID.in(
                DSL.select(PLACEMENT.ID).from(PLACEMENT).where(PLACEMENT.CANDIDATE_ID.eq(candidate)))).execute();
        for (Table<?> table : BY_CANDIDATE) {
            dsl.deleteFrom(table).where(candidateId(table).eq(candidate)).execute();
        }
        dsl.deleteFrom(PLACEMENT).where(PLACEMENT.CANDIDATE_ID.eq(candidate)).execute();
        dsl.deleteFrom(CANDIDATE).where(CANDIDATE.ID.eq(candidate)).execute();
        dsl.deleteFrom(CHANGE_LOG).where(CHANGE_LOG.ENTITY_ID.in(rows)).execute();
        dsl.update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED_AT, clock.instant().toString())
                .where(SYNC_CONFLICT.ENTITY_ID.in(rows)).and(SYNC_CONFLICT.RESOLVED_AT.isNull()).execute();
    }

    @SuppressWarnings("unchecked")
    private static Field<String> id(Table<?> table) {
        return (Field<String>) table.field("id");
    }

    @SuppressWarnings("unchecked")
    private static Field<String> candidateId(Table<?> table) {
        return (Field<String>) table.field("candidate_id");
    }
}
