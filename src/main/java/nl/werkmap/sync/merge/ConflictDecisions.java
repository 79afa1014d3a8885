package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static nl.werkmap.store.jooq.Tables.SYNC_OUTBOX;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import nl.werkmap.sync.protocol.Resolution;

/**
 * The coach's "keep" decisions on conflicts on their way to the hub. A decision is kept on its conflict row
 * ({@code decision}), so it survives a restart and any time offline; the outbox takes the ones not yet in a bundle
 * into the next up-bundle and records which bundle carries them in the same transaction as it stores that bundle,
 * as it does for change-log entries. Until the hub acknowledges that bundle the decision counts as not yet sent.
 */
public final class ConflictDecisions {

    /** A decision not yet in a bundle: its conflict row and what goes out. */
    public record Unbundled(String conflictId, Resolution resolution) {
    }

    private ConflictDecisions() {
    }

    /** Decisions no stored bundle carries yet, oldest decision first. */
    public static List<Unbundled> unbundled(DSLContext dsl) {
        return dsl.select(SYNC_CONFLICT.ID, SYNC_CONFLICT.ENTITY, SYNC_CONFLICT.ENTITY_ID, SYNC_CONFLICT.FIELD,
                        SYNC_CONFLICT.LOSING_HLC, SYNC_CONFLICT.DECISION)
                .from(SYNC_CONFLICT)
                .where(SYNC_CONFLICT.DECISION_BUNDLE_ID.isNull()).and(SYNC_CONFLICT.DECISION.isNotNull())
                .orderBy(SYNC_CONFLICT.RESOLVED_AT, SYNC_CONFLICT.ID)
                .fetch(r -> new Unbundled(r.value1(), new Resolution(r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6())));
    }

    /** Records that {@code bundleId} carries these decisions; call in the transaction that stores the bundle. */
    public static void carriedBy(DSLContext dsl, List<Unbundled> decisions, String bundleId) {
        if (decisions.isEmpty()) {
            return;
        }
        dsl.update(SYNC_CONFLICT).set(SYNC_CONFLICT.DECISION_BUNDLE_ID, bundleId)
                .where(SYNC_CONFLICT.ID.in(decisions.stream().map(Unbundled::conflictId).toList()))
                .and(SYNC_CONFLICT.DECISION_BUNDLE_ID.isNull()).execute();
    }

    /** Decisions the hub has not acknowledged yet (not in a bundle, or in one still waiting), on these rows. */
    public static int unsent(DSLContext dsl, List<String> rows) {
        return dsl.fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.ENTITY_ID.in(rows).and(unsent()));
    }

    /** The rows (entity, id) with a decision the hub has not acknowledged yet, each once. */
    public static org.jooq.Result<org.jooq.Record2<String, String>> unsentRows(DSLContext dsl) {
        return dsl.selectDistinct(SYNC_CONFLICT.ENTITY, SYNC_CONFLICT.ENTITY_ID).from(SYNC_CONFLICT).where(unsent())
                .fetch();
    }

    /** All decisions the hub has not acknowledged yet. */
    public static int unsent(DSLContext dsl) {
        return dsl.fetchCount(SYNC_CONFLICT, unsent());
    }

    private static Condition unsent() {
        return SYNC_CONFLICT.DECISION.isNotNull().and(SYNC_CONFLICT.DECISION_BUNDLE_ID.isNull()
                .or(SYNC_CONFLICT.DECISION_BUNDLE_ID.in(DSL.select(SYNC_OUTBOX.BUNDLE_ID).from(SYNC_OUTBOX)
                        .where(SYNC_OUTBOX.ACKNOWLEDGED_AT.isNull()))));
    }
}
