package nl.werkmap.sync.outbox;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.SYNC_OUTBOX;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.impl.DSL;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.changelog.ChangeEntry;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.merge.ConflictDecisions;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;

/**
 * The device's outbox. Unsent change-log entries become a sealed bundle that is stored, together with marking the
 * entries as bundled, in one transaction, before any attempt to send; a stored bundle is never changed, so a
 * retry sends the very same bytes and the hub can recognise it. Delivery state (attempts, next try, ack) is kept
 * beside it.
 */
public final class Outbox {

    public static final int MAX_ENTRIES_PER_BUNDLE = 20_000;

    private final CaseloadStore store;
    private final FieldSealer sealer;
    private final Clock clock;
    private final Backoff backoff;

    public Outbox(CaseloadStore store, FieldSealer sealer, Clock clock, Backoff backoff) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
        this.backoff = backoff;
    }

    /**
     * Seals all unsent change-log entries into stored bundles; returns how many bundles were made. The coach's
     * decisions on conflicts not yet sent ride in the last of them, after every change they may be about (a
     * decision on a value this laptop lost or won with its own edit must reach the hub after that edit), or alone
     * in a bundle without changes when there are none.
     */
    public int build(SyncIdentity identity) {
        int built = 0;
        while (true) {
            List<ChangeEntry> entries = store.changeLog().unsent(MAX_ENTRIES_PER_BUNDLE);
            boolean last = entries.size() < MAX_ENTRIES_PER_BUNDLE;
            List<ConflictDecisions.Unbundled> decisions = last ? store.read(ConflictDecisions::unbundled) : List.of();
            if (entries.isEmpty() && decisions.isEmpty()) {
                return built;
            }
            sealAndStore(identity, entries, decisions);
            built++;
            if (last) {
                return built;
            }
        }
    }

    /** Seals one bundle and stores it, marking its entries and decisions as carried, in one transaction. */
    private void sealAndStore(SyncIdentity identity, List<ChangeEntry> entries,
                              List<ConflictDecisions.Unbundled> decisions) {
        String bundleId = UUID.randomUUID().toString();
        // A bundle of decisions only names the change-log position it follows, so it sorts after earlier bundles.
        long from = entries.isEmpty() ? lastSeq() : entries.get(0).seq();
        long to = entries.isEmpty() ? from : entries.get(entries.size() - 1).seq();
        Instant now = clock.instant();
        Bundle bundle = Bundle.up(bundleId, identity.deviceId(), identity.municipality(), from, to, now.toString(),
                BundleBuilder.changes(entries, sealer, entries.isEmpty() ? Map.of()
                        : FieldBases.of(store, entries)),
                decisions.stream().map(ConflictDecisions.Unbundled::resolution).toList());
        String jwe = BundleEnvelope.seal(bundle, identity.signingKey(), identity.hubEncryptionKey());
        List<Integer> seqs = entries.stream().map(e -> (int) e.seq()).toList();
        store.writeOwnTables(dsl -> {
            dsl.insertInto(SYNC_OUTBOX)
                    .set(SYNC_OUTBOX.BUNDLE_ID, bundleId)
                    .set(SYNC_OUTBOX.SEQ_FROM, (int) from)
                    .set(SYNC_OUTBOX.SEQ_TO, (int) to)
                    .set(SYNC_OUTBOX.CHANGE_COUNT, entries.size())
                    .set(SYNC_OUTBOX.JWE, jwe)
                    .set(SYNC_OUTBOX.CREATED_AT, now.toString())
                    .execute();
            ConflictDecisions.carriedBy(dsl, decisions, bundleId);
            return seqs.isEmpty() ? 0 : dsl.update(CHANGE_LOG).set(CHANGE_LOG.BUNDLE_ID, bundleId)
                    .where(CHANGE_LOG.SEQ.in(seqs)).and(CHANGE_LOG.BUNDLE_ID.isNull()).execute();
        });
    }

    private long lastSeq() {
        return store.read(dsl -> dsl.select(DSL.coalesce(DSL.max(CHANGE_LOG.SEQ), DSL.inline(0))).from(CHANGE_LOG)
                .fetchOne(0, Long.class));
    }

    /** Bundles not yet acknowledged nor refused, oldest first; {@code dueOnly} skips those still backing off. */
    public List<OutboxEntry> pending(boolean dueOnly) {
        String now = clock.instant().toString();
        return store.read(dsl -> dsl.selectFrom(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.ACKNOWLEDGED_AT.isNull()).and(SYNC_OUTBOX.REFUSED_CODE.isNull())
                .and(dueOnly ? SYNC_OUTBOX.NEXT_ATTEMPT_AT.isNull().or(SYNC_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                        : DSL.noCondition())
                .orderBy(SYNC_OUTBOX.SEQ_FROM, SYNC_OUTBOX.CREATED_AT)
                .fetch(r -> new OutboxEntry(r.getBundleId(), r.getSeqFrom(), r.getSeqTo(), r.getChangeCount(),
                        r.getJwe(), r.getAttempts(), r.getNextAttemptAt())));
    }

    public void acknowledged(String bundleId) {
        store.writeOwnTables(dsl -> dsl.update(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.ACKNOWLEDGED_AT, clock.instant().toString())
                .set(SYNC_OUTBOX.LAST_ERROR, (String) null)
                .where(SYNC_OUTBOX.BUNDLE_ID.eq(bundleId)).execute());
    }

    /** A failed attempt that is worth retrying: schedule the next one with backoff and jitter. */
    public void failed(OutboxEntry entry, String error) {
        int attempts = entry.attempts() + 1;
        store.writeOwnTables(dsl -> dsl.update(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.ATTEMPTS, attempts)
                .set(SYNC_OUTBOX.NEXT_ATTEMPT_AT, clock.instant().plus(backoff.after(attempts)).toString())
                .set(SYNC_OUTBOX.LAST_ERROR, error)
                .where(SYNC_OUTBOX.BUNDLE_ID.eq(entry.bundleId())).execute());
    }

    /** The hub refused the bundle for good (e.g. revoked device): keep it, stop sending it, show why. */
    public void refused(OutboxEntry entry, String code, String message) {
        store.writeOwnTables(dsl -> dsl.update(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.ATTEMPTS, entry.attempts() + 1)
                .set(SYNC_OUTBOX.REFUSED_CODE, code)
                .set(SYNC_OUTBOX.LAST_ERROR, message)
                .where(SYNC_OUTBOX.BUNDLE_ID.eq(entry.bundleId())).execute());
    }

    /**
     * Changes not yet acknowledged by the hub: unbundled entries plus those in unacknowledged bundles, and the
     * coach's decisions on conflicts not yet acknowledged (each is something the hub still has to hear).
     */
    public int pendingChanges() {
        int inBundles = store.read(dsl -> dsl.select(DSL.coalesce(DSL.sum(SYNC_OUTBOX.CHANGE_COUNT), DSL.inline(0)))
                .from(SYNC_OUTBOX).where(SYNC_OUTBOX.ACKNOWLEDGED_AT.isNull()).fetchOne(0, Integer.class));
        int decisions = store.read(dsl -> ConflictDecisions.unsent(dsl));
        return store.changeLog().unsentCount() + inBundles + decisions;
    }
}
