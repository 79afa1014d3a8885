package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.SYNC_OUTBOX;

import java.util.List;

import org.jooq.DSLContext;
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
                .and(CHANGE_LOG.BUNDLE_ID.isNull().or(CHANGE_LOG.BUNDLE_ID.in(
                        DSL.select(SYNC_OUTBOX.BUNDLE_ID).from(SYNC_OUTBOX)
                                .where(SYNC_OUTBOX.ACKNOWLEDGED_AT.isNull())))));
    }
}
