package nl.werkmap.store.repo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.SortField;

import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The operations every entity table has, each in its own transaction: save (insert or update, change-logged),
 * find, tombstone, and the bulk variants. Repositories compose one of these per table they own.
 */
final class TableAccess<T> {

    private final StoreContext context;
    private final EntityTable<T> table;

    TableAccess(StoreContext context, EntityTable<T> table) {
        this.context = context;
        this.table = table;
    }

    EntityTable<T> table() {
        return table;
    }

    SaveOutcome save(T entity) {
        return context.database().write(tx -> context.writer().save(tx, table, entity));
    }

    /** Saves each entity (insert or update) in one transaction: all of them or none. */
    void saveAll(Collection<? extends T> entities) {
        context.database().write(tx -> {
            for (T entity : entities) {
                context.writer().save(tx, table, entity);
            }
            return null;
        });
    }

    /** Inserts new rows in one big transaction, change-logged like single saves; an existing id fails them all. */
    void insertAll(List<? extends T> entities) {
        context.database().write(tx -> {
            context.bulk().insertAll(tx, table, entities);
            return null;
        });
    }

    Optional<T> find(UUID id) {
        return context.database().read(dsl -> context.reader().find(dsl, table, id));
    }

    List<T> findBy(String column, UUID key, SortField<?>... order) {
        return context.database().read(dsl -> context.reader().findBy(dsl, table, column, List.of(key), order));
    }

    List<T> findAll(SortField<?>... order) {
        return context.database().read(dsl -> context.reader().findAll(dsl, table, order));
    }

    boolean tombstone(UUID id) {
        return context.database().write(tx -> context.writer().tombstone(tx, table, id.toString()));
    }
}
