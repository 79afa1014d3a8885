package nl.werkmap.store.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;

import nl.werkmap.security.FieldSealer;

/** Reads entity rows back into domain objects, skipping tombstones. */
public final class EntityReader {

    private final FieldSealer sealer;

    public EntityReader(FieldSealer sealer) {
        this.sealer = sealer;
    }

    public <T> Optional<T> find(DSLContext dsl, EntityTable<T> table, UUID id) {
        return dsl.selectFrom(table.table())
                .where(table.idField().eq(id.toString()))
                .and(table.deletedField().isFalse())
                .fetchOptional()
                .map(r -> table.read(new StoredRow(table.name(), r, sealer)));
    }

    /** Live rows whose {@code column} holds one of {@code ids}, in the given order. */
    public <T> List<T> findBy(DSLContext dsl, EntityTable<T> table, String column, Collection<UUID> ids,
                              SortField<?>... order) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Field<String> key = table.table().field(column, String.class);
        List<String> keys = ids.stream().map(UUID::toString).toList();
        Condition where = keys.size() == 1 ? key.eq(keys.get(0)) : key.in(keys);
        return dsl.selectFrom(table.table())
                .where(where)
                .and(table.deletedField().isFalse())
                .orderBy(order)
                .fetch(r -> table.read(new StoredRow(table.name(), r, sealer)));
    }

    /** Live rows that meet {@code where}, in the given order: only those rows' sealed fields are opened. */
    public <T> List<T> findWhere(DSLContext dsl, EntityTable<T> table, Condition where, SortField<?>... order) {
        return dsl.selectFrom(table.table())
                .where(where)
                .and(table.deletedField().isFalse())
                .orderBy(order)
                .fetch(r -> table.read(new StoredRow(table.name(), r, sealer)));
    }

    public <T> List<T> findAll(DSLContext dsl, EntityTable<T> table, SortField<?>... order) {
        return dsl.selectFrom(table.table())
                .where(table.deletedField().isFalse())
                .orderBy(order)
                .fetch(r -> table.read(new StoredRow(table.name(), r, sealer)));
    }
}
