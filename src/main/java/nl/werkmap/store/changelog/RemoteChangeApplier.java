package nl.werkmap.store.changelog;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.StoreException;
import nl.werkmap.store.jooq.DefaultSchema;

/**
 * Writes remote field changes into the entity tables, field by field, newest stamp wins. Stored values go in as
 * they came: sealed bytes stay sealed (the seal is bound to table, column and row id, which are the same on every
 * device), plain text is converted to the column's type.
 */
final class RemoteChangeApplier {

    private static final Set<String> BOOKKEEPING = Set.of("id", "updated_at", "updated_by");
    private static final Set<String> NOT_ENTITIES = Set.of("change_log", "device_info", "session_draft");

    private final HybridLogicalClock clock;

    RemoteChangeApplier(HybridLogicalClock clock) {
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
        Table<?> table = entityTable(change.entity());
        Field<Object> field = column(table, change.field());
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
            values.put(field, sqlValue(field, change));
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

    /** A row first seen here: created from all changes for it in this batch, so NOT NULL columns get values. */
    private void insertRow(DSLContext tx, Table<?> table, RemoteChange first, List<RemoteChange> batch) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        String newest = first.hlc();
        String by = first.deviceId();
        values.put(table.field("id"), first.entityId());
        for (RemoteChange c : batch) {
            if (c.entity().equals(first.entity()) && c.entityId().equals(first.entityId())) {
                Field<Object> f = column(table, c.field());
                values.put(f, sqlValue(f, c));
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

    private static Object sqlValue(Field<Object> field, RemoteChange change) {
        boolean blob = byte[].class.equals(field.getDataType().getType());
        if (change.sealed() != blob) {
            throw new StoreException("Een ontvangen wijziging past niet bij deze caseload (" + change.entity() + "."
                    + change.field() + "). Er is niets overgenomen; werk Werkmap bij en synchroniseer opnieuw.");
        }
        if (change.sealed()) {
            return change.value();
        }
        return field.getDataType().convert(change.value() == null ? null
                : new String(change.value(), StandardCharsets.UTF_8));
    }

    private static Table<?> entityTable(String entity) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
        if (table == null || NOT_ENTITIES.contains(entity) || table.field("deleted") == null) {
            throw unknown(entity);
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> column(Table<?> table, String name) {
        Field<?> field = table.field(name);
        if (field == null || BOOKKEEPING.contains(name)) {
            throw unknown(table.getName() + "." + name);
        }
        return (Field<Object>) field;
    }

    private static StoreException unknown(String what) {
        return new StoreException("Een ontvangen wijziging gaat over iets wat deze versie van Werkmap niet kent ("
                + what + "). Er is niets overgenomen; werk Werkmap bij en synchroniseer opnieuw.");
    }
}
