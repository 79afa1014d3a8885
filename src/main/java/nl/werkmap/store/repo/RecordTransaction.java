package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.SortField;

import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.mapping.EntityTable;

/**
 * One open write transaction on the caseload, for a use case that writes several records as one user action (an
 * employer with its placement and buddy; a candidate with its consents; a session with its follow-up action).
 * Every save is sealed and change-logged like a repository save, but nothing commits until the whole action
 * returns; an exception rolls all of it back. Saving is by id: saving a record whose id is already stored updates
 * it, so a retried action writes no second row.
 */
public final class RecordTransaction {

    private final StoreContext context;
    private final DSLContext tx;

    RecordTransaction(StoreContext context, DSLContext tx) {
        this.context = context;
        this.tx = tx;
    }

    /** Runs {@code work} in one write transaction of the store behind {@code context}. */
    public static <T> T run(StoreContext context, java.util.function.Function<RecordTransaction, T> work) {
        return context.database().write(tx -> work.apply(new RecordTransaction(context, tx)));
    }

    /** Inserts or updates, change-logged, inside this transaction. */
    public <T> SaveOutcome save(EntityTable<T> table, T entity) {
        return context.writer().save(tx, table, entity);
    }

    /** Marks the row deleted, change-logged; false if there was no live row. */
    public boolean tombstone(EntityTable<?> table, UUID id) {
        return context.writer().tombstone(tx, table, id.toString());
    }

    /**
     * Removes the candidate's unsaved quick-session draft in this transaction (the session made from it is saved in
     * the same one, so a crash never leaves both the session and its draft to offer back). Local, not change-logged.
     */
    public boolean discardSessionDraft(UUID candidateId) {
        return SessionDrafts.discard(tx, candidateId);
    }

    /** The live row as this transaction sees it (including what it wrote itself). */
    public <T> Optional<T> find(EntityTable<T> table, UUID id) {
        return context.reader().find(tx, table, id);
    }

    /** Live rows whose {@code column} holds {@code key}, as this transaction sees them. */
    public <T> List<T> findBy(EntityTable<T> table, String column, UUID key, SortField<?>... order) {
        return context.reader().findBy(tx, table, column, List.of(key), order);
    }
}
