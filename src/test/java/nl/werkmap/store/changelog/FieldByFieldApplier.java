package nl.werkmap.store.changelog;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import nl.werkmap.store.HybridLogicalClock;

/**
 * The applier as it was before it worked per table: one field at a time, four statements per change. Kept as the
 * reference the batched {@link RemoteChangeApplier} must match. One difference from the old code: a row first seen
 * here takes, per field, the first value with the newest stamp in the list (the old code took the last in list
 * order, which let an older value win over a newer one that came first).
 */
final class FieldByFieldApplier {

    private final HybridLogicalClock clock;

    FieldByFieldApplier(HybridLogicalClock clock) {
        this.clock = clock;
    }

    List<ApplyOutcome> apply(DSLContext tx, List<RemoteChange> changes) {
        List<ApplyOutcome> outcomes = new ArrayList<>(changes.size());
        for (RemoteChange change : changes) {
            outcomes.add(applyOne(tx, change, changes));
        }
        return outcomes;
    }

    private ApplyOutcome applyOne(DSLContext tx, RemoteChange change, List<RemoteChange> batch) {
        Table<?> table = EntityColumns.entityTable(change.entity());
        Field<Object> field = EntityColumns.column(table, change.field());
        clock.observe(change.hlc());
        String latest = tx.select(DSL.max(CHANGE_LOG.HLC)).from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY.eq(change.entity()))
                .and(CHANGE_LOG.ENTITY_ID.eq(change.entityId()))
                .and(CHANGE_LOG.FIELD.eq(change.field()))
                .fetchOne(0, String.class);
        if (latest != null && latest.compareTo(change.hlc()) >= 0) {
            return latest.equals(change.hlc()) ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.LOCAL_NEWER;
        }
        Field<String> id = table.field("id", String.class);
        Field<String> updatedAt = table.field("updated_at", String.class);
        Record row = tx.select(updatedAt).from(table).where(id.eq(change.entityId())).fetchOne();
        if (row == null) {
            insertRow(tx, table, change, batch);
        } else {
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(field, EntityColumns.sqlValue(field, change));
            if (row.get(updatedAt).compareTo(change.hlc()) < 0) {
                values.put(updatedAt, change.hlc());
                values.put(table.field("updated_by"), change.deviceId());
            }
            tx.update(table).set(values).where(id.eq(change.entityId())).execute();
        }
        ChangeLogWriter.append(tx, List.of(new FieldChange(change.entity(), change.entityId(), change.field(),
                change.value(), change.sealed())), change.hlc(), change.deviceId(), ChangeLog.RECEIVED);
        return ApplyOutcome.APPLIED;
    }

    private void insertRow(DSLContext tx, Table<?> table, RemoteChange first, List<RemoteChange> batch) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        Map<Field<?>, String> newestOfField = new LinkedHashMap<>();
        String newest = first.hlc();
        String by = first.deviceId();
        values.put(table.field("id"), first.entityId());
        for (RemoteChange c : batch) {
            if (c.entity().equals(first.entity()) && c.entityId().equals(first.entityId())) {
                Field<Object> f = EntityColumns.column(table, c.field());
                Object value = EntityColumns.sqlValue(f, c);
                String seen = newestOfField.get(f);
                if (seen == null || c.hlc().compareTo(seen) > 0) {
                    newestOfField.put(f, c.hlc());
                    values.put(f, value);
                }
                if (c.hlc().compareTo(newest) > 0) {
                    newest = c.hlc();
                    by = c.deviceId();
                }
            }
        }
        values.put(table.field("updated_at"), newest);
        values.put(table.field("updated_by"), by);
        tx.insertInto(table).set(values).execute();
    }
}
