package nl.werkmap.store.changelog;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep8;

import nl.werkmap.store.jooq.tables.records.ChangeLogRecord;

/**
 * Appends change-log rows inside the caller's transaction, so a row write and its log entries commit or roll back
 * together.
 */
public final class ChangeLogWriter {

    private ChangeLogWriter() {
    }

    /** Logs local changes: they wait in the log until the sync outbox puts them in a bundle. */
    public static void append(DSLContext tx, List<FieldChange> changes, String hlc, String deviceId) {
        append(tx, changes, hlc, deviceId, null);
    }

    /**
     * @param bundleId null for local changes; {@link ChangeLog#RECEIVED} for changes that came from another
     *                 device, which are kept for history and conflict checks but never sent back
     */
    static void append(DSLContext tx, List<FieldChange> changes, String hlc, String deviceId, String bundleId) {
        if (changes.isEmpty()) {
            return;
        }
        InsertValuesStep8<ChangeLogRecord, String, String, String, byte[], Boolean, String, String, String> insert =
                tx.insertInto(CHANGE_LOG, CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_ID, CHANGE_LOG.FIELD,
                        CHANGE_LOG.VALUE, CHANGE_LOG.SEALED, CHANGE_LOG.HLC, CHANGE_LOG.DEVICE_ID,
                        CHANGE_LOG.BUNDLE_ID);
        for (FieldChange c : changes) {
            insert = insert.values(c.entity(), c.entityId(), c.field(), c.value(), c.sealed(), hlc, deviceId,
                    bundleId);
        }
        insert.execute();
    }
}
