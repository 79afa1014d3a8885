package nl.werkmap.store.avg;

import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.store.StoreException;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.repo.StoreContext;

/**
 * The access log, append-only: entries are added (sealed and change-logged, so they sync) and read, never updated
 * or tombstoned. There is deliberately no save or delete here; only erasure of the whole candidate removes them.
 */
public final class AccessLogRepository {

    private final StoreContext context;

    public AccessLogRepository(StoreContext context) {
        this.context = context;
    }

    /** Adds entries in one transaction; an id that is already logged is refused, so no entry is ever rewritten. */
    public void append(List<AccessEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        context.database().write(tx -> {
            List<String> ids = entries.stream().map(e -> e.id().toString()).toList();
            if (tx.fetchExists(tx.selectOne().from(Tables.ACCESS_LOG).where(Tables.ACCESS_LOG.ID.in(ids)))) {
                throw new StoreException("Een regel van de toegangslog bestaat al en mag niet worden overschreven."
                        + " Probeer het opnieuw; er wordt dan een nieuwe regel gemaakt.");
            }
            for (AccessEntry entry : entries) {
                context.writer().save(tx, AccessLogMapping.TABLE, entry);
            }
            return null;
        });
    }

    /** A candidate's log, oldest first (also entries written on other devices and at the hub, once synced). */
    public List<AccessEntry> forCandidate(UUID candidateId) {
        return context.database().read(dsl -> context.reader().findBy(dsl, AccessLogMapping.TABLE, "candidate_id",
                List.of(candidateId), Tables.ACCESS_LOG.OCCURRED_AT.asc(), Tables.ACCESS_LOG.ID.asc()));
    }
}
