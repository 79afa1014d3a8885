package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.SYNC_OUTBOX;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;

/** Whether the hub still lacks some of this laptop's changes about given rows. */
public final class PendingChanges {

    private PendingChanges() {
    }

    /**
     * True when a local change about one of these rows is not yet in a bundle, or sits in a bundle the hub has not
     * acknowledged. Changes that came from the hub ({@code received}) never count.
     */
    public static boolean any(DSLContext dsl, List<String> rows) {
        return dsl.fetchExists(DSL.selectOne().from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY_ID.in(rows))
                .and(CHANGE_LOG.BUNDLE_ID.isNull().or(inUnacknowledgedBundle())));
    }

    /**
     * Every row (entity, id) with a change the hub lacks, each once. Two index reads on {@code bundle_id} instead of
     * one with OR, so the cost follows the number of waiting changes, not the size of the whole log.
     */
    public static Result<Record2<String, String>> rows(DSLContext dsl) {
        return dsl.select(CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_ID).from(CHANGE_LOG)
                .where(CHANGE_LOG.BUNDLE_ID.isNull())
                .union(DSL.select(CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_ID).from(CHANGE_LOG)
                        .where(inUnacknowledgedBundle()))
                .fetch();
    }

    private static Condition inUnacknowledgedBundle() {
        return CHANGE_LOG.BUNDLE_ID.in(DSL.select(SYNC_OUTBOX.BUNDLE_ID).from(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.ACKNOWLEDGED_AT.isNull()));
    }
}
