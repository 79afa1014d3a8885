package nl.werkmap.store.changelog;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.DEFERRED_SCHEMA;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.db.Database;

/**
 * The change log as the sync outbox sees it: the local changes not yet put in a bundle, marking them sent, and
 * applying changes that came from other devices (per-field last-writer-wins on the hybrid clock).
 */
public final class ChangeLog {

    /** bundle_id of changes that came from elsewhere: logged, never sent back. */
    public static final String RECEIVED = "received";

    private final Database database;
    private final RemoteChangeApplier applier;
    /** Fills open ({@link #openFill()}): while there is one, bulk runs set indexes and triggers aside. */
    private final AtomicInteger fills = new AtomicInteger();

    public ChangeLog(Database database, HybridLogicalClock clock) {
        this(database, new RemoteChangeApplier(clock));
    }

    /** With another applier: in tests, one that takes smaller lists for bulk deliveries. */
    ChangeLog(Database database, RemoteChangeApplier applier) {
        this.database = database;
        this.applier = applier;
    }

    /** Local changes not yet in a bundle, oldest first. */
    public List<ChangeEntry> unsent(int limit) {
        return database.read(dsl -> dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.BUNDLE_ID.isNull())
                .orderBy(CHANGE_LOG.SEQ)
                .limit(limit)
                .fetch(r -> new ChangeEntry(r.getSeq(), r.getEntity(), r.getEntityId(), r.getField(), r.getValue(),
                        Boolean.TRUE.equals(r.getSealed()), r.getHlc(), r.getDeviceId())));
    }

    /** Records that these changes went out in a bundle; entries already in a bundle keep their first bundle. */
    public int markSent(List<Long> seqs, String bundleId) {
        if (seqs.isEmpty()) {
            return 0;
        }
        List<Integer> ids = seqs.stream().map(Long::intValue).toList();
        return database.write(dsl -> dsl.update(CHANGE_LOG)
                .set(CHANGE_LOG.BUNDLE_ID, bundleId)
                .where(CHANGE_LOG.SEQ.in(ids))
                .and(CHANGE_LOG.BUNDLE_ID.isNull())
                .execute());
    }

    /** How many local changes wait for a bundle. */
    public int unsentCount() {
        return database.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.BUNDLE_ID.isNull()));
    }

    /** Applies one remote field change; see {@link #applyRemote(List)}. */
    public ApplyOutcome applyRemote(String entity, String entityId, String field, byte[] storedValue,
                                    boolean sealed, String hlc, String deviceId) {
        return applyRemote(List.of(new RemoteChange(entity, entityId, field, storedValue, sealed, hlc, deviceId)))
                .get(0);
    }

    /**
     * Applies remote changes in one transaction, per field last-writer-wins: a change newer than everything this
     * device logged for that field replaces the stored value; an older one is refused ({@link
     * ApplyOutcome#LOCAL_NEWER}) so sync can keep it as a conflict. A row this device has never seen is created
     * from the changes for it in the same list, so send all fields of a new row together. The changes are applied
     * as the row writes they make up ({@link RemoteRow#of}).
     *
     * @return one outcome per change, in order
     */
    public List<ApplyOutcome> applyRemote(List<RemoteChange> changes) {
        return applyRemoteRows(RemoteRow.of(changes));
    }

    /**
     * Applies remote row writes in one transaction, as {@link #applyRemote(List)} applies their fields in order.
     *
     * @return one outcome per field, write after write
     */
    public List<ApplyOutcome> applyRemoteRows(List<RemoteRow> rows) {
        return database.write(dsl -> applier.applyRows(dsl, rows));
    }

    /**
     * Applies several lists of remote row writes in one transaction, each exactly as {@link #applyRemoteRows} would
     * in a transaction of its own, one after the other: {@code first}, then each list {@code more} hands over (asked
     * once the list before is written) until it gives null. One commit instead of one per list: a first sync's
     * bundles write into the same index pages again and again, and each commit wrote them out again. A failure
     * rolls back every list of the run.
     *
     * @return the outcomes per list, in order
     */
    public List<List<ApplyOutcome>> applyRemoteRun(List<RemoteRow> first, Supplier<List<RemoteRow>> more) {
        boolean setAside = fills.get() > 0;
        return database.write(dsl -> applier.applyRun(dsl, first, more, setAside));
    }

    /**
     * Opens a fill: until it is closed, a bulk run ({@link #applyRemoteRun}) into a nearly empty table sets aside
     * that table's indexes that only readers use and its summary triggers ({@link DeferredSchema}), and {@link
     * Fill#close()} makes them again. For the down half of a sync round, whose first sync to a new laptop writes a
     * whole team's caseload.
     */
    public Fill openFill() {
        fills.incrementAndGet();
        return new Fill();
    }

    /** A fill opened by {@link #openFill()}. */
    public final class Fill implements AutoCloseable {
        private boolean closed;

        private Fill() {
        }

        /** Makes again everything set aside (nothing if no bulk run came); once. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                fills.decrementAndGet();
                restoreSetAside();
            }
        }
    }

    /**
     * Makes again every index and trigger a bulk delivery set aside, also those of one that stopped halfway (the app
     * closed, the power went); one read, and no write, when there are none. Returns how many were made.
     */
    public int restoreSetAside() {
        if (!database.read(dsl -> dsl.fetchExists(DEFERRED_SCHEMA))) {
            return 0;
        }
        return database.write(dsl -> dsl.connectionResult(DeferredSchema::buildAgain));
    }
}
