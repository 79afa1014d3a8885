package nl.werkmap.sync;

import java.time.Clock;
import java.time.Instant;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.changelog.ChangeLog;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.client.HubUnavailableException;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.device.SyncIdentityStore;
import nl.werkmap.sync.merge.DownApplier;
import nl.werkmap.sync.merge.TransferredAway;
import nl.werkmap.sync.outbox.Backoff;
import nl.werkmap.sync.outbox.Outbox;
import nl.werkmap.sync.outbox.OutboxEntry;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.BundleRefusedException;
import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.Receiver;
import nl.werkmap.sync.protocol.SignerDirectory;

/**
 * One sync round: seal unsent changes into the outbox, send due bundles oldest first until the hub is unreachable,
 * then fetch, verify and apply down-bundles and move the cursor. Safe to interrupt at any point: the outbox and
 * the cursor only move after the step they record has happened, and the hub accepts a resent bundle again.
 */
public final class SyncEngine {

    /** The signer id of down-bundles, as the hub writes it. */
    public static final String HUB_SIGNER = "hub";

    /** What a revoked device tells the coach: plainly, and what to do. */
    public static final String REVOKED_MESSAGE = "Deze laptop is door de beheerder van de gemeente ingetrokken en"
            + " kan niet meer synchroniseren. Je gegevens blijven op deze laptop bewaard. Vraag de beheerder om een"
            + " nieuwe koppelcode en koppel opnieuw.";

    private static final String REVOKED = nl.werkmap.sync.protocol.RefusalCode.REVOKED_DEVICE.name();
    private static final String CLOCK_AHEAD = nl.werkmap.sync.protocol.RefusalCode.CLOCK_AHEAD.name();

    /**
     * Down-bundles written in one transaction at most (DownApplier.applyRun): fewer commits, while a save on this
     * laptop waits for at most this many bundles' writing. The system property {@code
     * werkmap.sync.bundlesPerTransaction} changes it for measuring (1: one transaction per bundle, as before).
     */
    private static final int BUNDLES_PER_TRANSACTION = Integer.getInteger("werkmap.sync.bundlesPerTransaction", 8);

    private final CaseloadStore store;
    private final FieldSealer sealer;
    private final Clock clock;
    private final SyncIdentityStore identities;
    private final Outbox outbox;
    private final DownApplier applier;
    private final TransferredAway transfers;
    private final HubClientFactory clients;

    /** Makes the HTTP client for a hub URL (tests and TLS settings plug in here). */
    @FunctionalInterface
    public interface HubClientFactory {
        HubClient forUrl(String hubUrl);
    }

    public SyncEngine(CaseloadStore store, FieldSealer sealer, Clock clock, Backoff backoff, HubClientFactory clients) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
        this.identities = new SyncIdentityStore(store, sealer);
        this.outbox = new Outbox(store, sealer, clock, backoff);
        this.applier = new DownApplier(store, sealer, clock);
        this.transfers = new TransferredAway(store, clock);
        this.clients = clients;
    }

    public Outbox outbox() {
        return outbox;
    }

    public SyncIdentityStore identities() {
        return identities;
    }

    /** Builds bundles from unsent changes without sending (for export to a file). */
    public int seal() {
        return outbox.build(identity());
    }

    /** {@code force}: also send bundles still in their backoff wait (the coach pressed "Nu synchroniseren"). */
    public SyncReport syncOnce(boolean force) {
        return syncOnce(force, SyncProgress.NONE);
    }

    /** As {@link #syncOnce(boolean)}, telling {@code progress} of each down-bundle stored. */
    public SyncReport syncOnce(boolean force, SyncProgress progress) {
        SyncIdentity identity = identity();
        outbox.build(identity);
        HubClient client = clients.forUrl(identity.hubUrl());
        int sent = 0;
        String error = null;
        for (OutboxEntry entry : outbox.pending(!force)) {
            try {
                client.send(entry.jwe());
                outbox.acknowledged(entry.bundleId());
                sent++;
            } catch (HubUnavailableException e) {
                outbox.failed(entry, e.getMessage());
                error = e.getMessage();
                break;
            } catch (HubRefusedException e) {
                if (REVOKED.equals(e.code())) {
                    // Not the bundle's fault: keep it pending, so a re-enrolled device still sends it.
                    error = REVOKED_MESSAGE;
                    break;
                }
                if (CLOCK_AHEAD.equals(e.code())) {
                    // The laptop's clock, not the bundle, is wrong: keep it to send again once the clock is right.
                    outbox.failed(entry, e.getMessage());
                    error = e.getMessage();
                    break;
                }
                outbox.refused(entry, e.code(), e.getMessage());
                error = "De gemeente weigerde een bundel (" + e.code() + "): " + e.getMessage();
            }
        }
        int received = 0;
        int changes = 0;
        int conflicts = 0;
        DownPipeline down = null;
        if (error == null) {
            try {
                String token = DeviceToken.issue(identity.deviceId(), identity.signingKey(), clock.instant());
                long seenSeq = identities.seenChangeSeq();
                Receiver me = Receiver.device(identity.municipality(), identity.deviceId(), identity.encryptionKey());
                SignerDirectory hub = SignerDirectory.only(HUB_SIGNER, identity.hubSigningKey());
                // Each bundle is opened and prepared here as it arrives, and written by the pipeline's thread
                // while the next one arrives; the cursor moves only once every bundle of the answer is written.
                // Bundles already waiting are written in one transaction where that changes nothing but the
                // number of commits (DownApplier.applyRun); each one's after-care follows its commit, in order.
                DownPipeline pipeline = new DownPipeline((first, waiting, written) -> applier.applyRun(first,
                        waiting, seenSeq, BUNDLES_PER_TRANSACTION, (prepared, found) -> {
                            Bundle bundle = prepared.header();
                            // avgwis: erasures decided at the hub, and erased candidates a crossing bundle brought
                            // back.
                            ErasureSync.received(store, sealer, prepared.namedCandidates(), bundle.erasedOrNone(),
                                    clock.instant());
                            transfers.record(bundle.transferredAwayOrNone());
                            written.written(prepared, found);
                        }), progress);
                down = pipeline;
                long next;
                DownPipeline.Totals totals;
                // A first sync to a new laptop fills a nearly empty caseload: the indexes only readers use and the
                // session summary triggers are set aside while it writes and made again once at the end
                // (ChangeLog.openFill), also after a failure.
                try (ChangeLog.Fill fill = store.changeLog().openFill()) {
                    try {
                        next = client.fetchEach(identity.downCursor(), token,
                                jwe -> pipeline.submit(applier.prepare(BundleEnvelope.open(jwe, me, hub).bundle())));
                    } finally {
                        totals = pipeline.finish();
                    }
                }
                String hubKey = totals.hubKey() != null ? totals.hubKey()
                        : identity.hubEncryptionKey().toJSONString();
                identities.advance(next, hubKey);
                identities.markSeen();
            } catch (HubUnavailableException e) {
                error = e.getMessage();
            } catch (HubRefusedException e) {
                error = REVOKED.equals(e.code()) ? REVOKED_MESSAGE
                        : "De gemeente weigerde het ophalen (" + e.code() + "): " + e.getMessage();
            } catch (BundleRefusedException e) {
                error = e.code() == nl.werkmap.sync.protocol.RefusalCode.CLOCK_AHEAD ? e.getMessage()
                        : "Een bundel van de gemeente is niet te vertrouwen (" + e.code() + ") en is niet verwerkt: "
                        + e.getMessage();
            }
        }
        if (down != null) {
            // Also after a failure: the bundles written before it stay written, as the report says.
            DownPipeline.Totals applied = down.applied();
            received = applied.bundles();
            changes = applied.changes();
            conflicts = applied.conflicts();
        }
        if (error == null) {
            error = ErasureSync.sendDecided(store, identity, client, clock);
        }
        int removed = error == null ? transfers.removeSettled() : 0;
        identities.recordOutcome(error == null ? Instant.now(clock) : null, error);
        return new SyncReport(sent, received, changes, conflicts, removed, error);
    }

    private SyncIdentity identity() {
        return identities.load().orElseThrow(NotEnrolledException::new);
    }
}
