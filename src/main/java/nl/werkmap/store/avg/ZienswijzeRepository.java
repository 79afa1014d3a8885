package nl.werkmap.store.avg;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.repo.StoreContext;

/** A candidate's statements on records of their file: a live record (saved, corrected, tombstoned, undone). */
public final class ZienswijzeRepository {

    private final StoreContext context;

    public ZienswijzeRepository(StoreContext context) {
        this.context = context;
    }

    /** Inserts or corrects (same id) in its own transaction, change-logged. */
    public SaveOutcome save(Zienswijze value) {
        return context.database().write(tx -> context.writer().save(tx, ZienswijzeMapping.TABLE, value));
    }

    public Optional<Zienswijze> find(UUID id) {
        return context.database().read(dsl -> context.reader().find(dsl, ZienswijzeMapping.TABLE, id));
    }

    /** Marks it deleted (the deletion syncs); false if there was no live row. */
    public boolean tombstone(UUID id) {
        return context.database().write(tx -> context.writer().tombstone(tx, ZienswijzeMapping.TABLE,
                id.toString()));
    }

    /** All live statements of a candidate, oldest first. */
    public List<Zienswijze> forCandidate(UUID candidateId) {
        return context.database().read(dsl -> context.reader().findBy(dsl, ZienswijzeMapping.TABLE, "candidate_id",
                List.of(candidateId), Tables.ZIENSWIJZE.GIVEN_ON.asc(), Tables.ZIENSWIJZE.UPDATED_AT.asc()));
    }

    /** The live statements on one record, oldest first: what goes with a share of that record. */
    public List<Zienswijze> forRecord(String entity, UUID recordId) {
        return context.database().read(dsl -> context.reader().findWhere(dsl, ZienswijzeMapping.TABLE,
                Tables.ZIENSWIJZE.RECORD_ENTITY.eq(entity).and(Tables.ZIENSWIJZE.RECORD_ID.eq(recordId.toString())),
                Tables.ZIENSWIJZE.GIVEN_ON.asc(), Tables.ZIENSWIJZE.UPDATED_AT.asc()));
    }
}
