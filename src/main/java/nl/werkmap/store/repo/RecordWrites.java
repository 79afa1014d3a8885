package nl.werkmap.store.repo;

import java.util.UUID;

import org.jooq.DSLContext;

import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The writes of one user action inside one transaction: each is sealed and change-logged the one way every table
 * is, and they commit together or not at all. Handed out by {@link nl.werkmap.store.CaseloadStore#inOneTransaction}
 * and valid only inside it.
 */
public final class RecordWrites {

    private final StoreContext context;
    private final DSLContext tx;

    RecordWrites(StoreContext context, DSLContext tx) {
        this.context = context;
        this.tx = tx;
    }

    /** Runs {@code work} in one write transaction of {@code context}'s file. */
    public static <T> T inOneTransaction(StoreContext context, java.util.function.Function<RecordWrites, T> work) {
        return context.database().write(tx -> work.apply(new RecordWrites(context, tx)));
    }

    /** Inserts or updates; logs only the fields that changed; saving a deleted row brings it back. */
    public <T> SaveOutcome save(EntityTable<T> table, T value) {
        return context.writer().save(tx, table, value);
    }

    /** Marks the row deleted; false if there was no live row. */
    public boolean tombstone(EntityTable<?> table, UUID id) {
        return context.writer().tombstone(tx, table, id.toString());
    }
}
