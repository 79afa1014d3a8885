package nl.werkmap.store.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.changelog.ChangeLogWriter;
import nl.werkmap.store.changelog.FieldChange;

/**
 * Writes one entity row the one way every table is written: seal the sealed columns, stamp the row with the hybrid
 * clock and this device, and append one change-log entry per field whose value changed, in the caller's
 * transaction. An update that changes nothing writes nothing.
 */
public final class RowWriter {

    private final FieldSealer sealer;
    private final HybridLogicalClock clock;

    public RowWriter(FieldSealer sealer, HybridLogicalClock clock) {
        this.sealer = sealer;
        this.clock = clock;
    }

    public <T> SaveOutcome save(DSLContext tx, EntityTable<T> table, T entity) {
        String id = table.idOf(entity).toString();
        Record existing = tx.selectFrom(table.table()).where(table.idField().eq(id)).fetchOne();
        return existing == null ? insert(tx, table, entity, id) : update(tx, table, entity, id, existing);
    }

    private <T> SaveOutcome insert(DSLContext tx, EntityTable<T> table, T entity, String id) {
        String hlc = clock.now();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        List<FieldChange> changes = new ArrayList<>(table.columnCount());
        values.put(table.idField(), id);
        for (Column<T> column : table.columns()) {
            Object value = column.sqlValue(entity);
            Stored stored = store(table, column, id, value);
            values.put(table.field(column.name()), stored.sql);
            if (value != null) {
                changes.add(new FieldChange(table.name(), id, column.name(), stored.logged, column.sealed()));
            }
        }
        stamp(table, values, hlc, false);
        tx.insertInto(table.table()).set(values).execute();
        ChangeLogWriter.append(tx, changes, hlc, clock.deviceId());
        return SaveOutcome.INSERTED;
    }

    private <T> SaveOutcome update(DSLContext tx, EntityTable<T> table, T entity, String id, Record existing) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        List<FieldChange> changes = new ArrayList<>();
        for (Column<T> column : table.columns()) {
            Object value = column.sqlValue(entity);
            Object old = existing.get(column.name());
            boolean same = column.sealed()
                    ? Objects.equals(value, sealer.open(table.name(), column.name(), id, (byte[]) old))
                    : Objects.equals(StoredForm.text(value), StoredForm.text(old));
            if (!same) {
                Stored stored = store(table, column, id, value);
                values.put(table.field(column.name()), stored.sql);
                changes.add(new FieldChange(table.name(), id, column.name(), stored.logged, column.sealed()));
            }
        }
        boolean revived = Boolean.TRUE.equals(existing.get(EntityTable.DELETED, Boolean.class));
        if (revived) {
            changes.add(new FieldChange(table.name(), id, EntityTable.DELETED, StoredForm.utf8("false"), false));
        }
        if (changes.isEmpty()) {
            return SaveOutcome.UNCHANGED;
        }
        String hlc = clock.now();
        stamp(table, values, hlc, false);
        tx.update(table.table()).set(values).where(table.idField().eq(id)).execute();
        ChangeLogWriter.append(tx, changes, hlc, clock.deviceId());
        return SaveOutcome.UPDATED;
    }

    /**
     * Marks a row deleted (a tombstone that syncs like any other change). Returns false if there is no such row or
     * it was already deleted.
     */
    public boolean tombstone(DSLContext tx, EntityTable<?> table, String id) {
        Boolean deleted = tx.select(table.deletedField()).from(table.table()).where(table.idField().eq(id))
                .fetchOne(table.deletedField());
        if (deleted == null || deleted) {
            return false;
        }
        String hlc = clock.now();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        stamp(table, values, hlc, true);
        tx.update(table.table()).set(values).where(table.idField().eq(id)).execute();
        ChangeLogWriter.append(tx, List.of(new FieldChange(table.name(), id, EntityTable.DELETED,
                StoredForm.utf8("true"), false)), hlc, clock.deviceId());
        return true;
    }

    private void stamp(EntityTable<?> table, Map<Field<?>, Object> values, String hlc, boolean deleted) {
        values.put(table.field(EntityTable.UPDATED_AT), hlc);
        values.put(table.field(EntityTable.UPDATED_BY), clock.deviceId());
        values.put(table.field(EntityTable.DELETED), deleted);
    }

    private Stored store(EntityTable<?> table, Column<?> column, String id, Object value) {
        if (column.sealed()) {
            byte[] sealed = sealer.seal(table.name(), column.name(), id, (String) value);
            return new Stored(sealed, sealed);
        }
        return new Stored(value, StoredForm.utf8(StoredForm.text(value)));
    }

    /** A column value as SQL stores it, and as the change log carries it. */
    private record Stored(Object sql, byte[] logged) {
    }
}
