package nl.werkmap.sync;

import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.client.HubTls;
import nl.werkmap.sync.client.HubUnavailableException;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.device.HubClients;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.file.BundleFile;
import nl.werkmap.sync.outbox.Backoff;

/**
 * What the UI talks to: "Nu synchroniseren", "Bundel exporteren" and a status snapshot with change listeners.
 * Work runs on the given executor, never on the caller's thread; listeners are called on that executor too, so a
 * JavaFX view model wraps them in {@code Platform.runLater}.
 */
public final class SyncService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyncService.class);

    private final CaseloadStore store;
    private final FieldSealer sealer;
    private final SyncEngine engine;
    private final Executor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    /** The snapshot told when the running round began: what its progress is told on (no read per bundle). */
    private volatile SyncStatus roundBegan;
    /** The count last told for the running round (only the thread that writes its bundles tells). */
    private volatile int toldSoFar;

    public SyncService(CaseloadStore store, FieldSealer sealer, Clock clock, Executor executor,
                       SyncEngine.HubClientFactory clients) {
        this.store = store;
        this.sealer = sealer;
        this.engine = new SyncEngine(store, sealer, clock, Backoff.standard(), clients);
        this.executor = executor;
    }

    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    /**
     * The status bar's snapshot. A caseload not linked to a hub reads nothing more: the bar then says only that it
     * is not linked, so the counts are 0 rather than counting the whole unsent change log after every save (issue
     * 13).
     */
    public SyncStatus status() {
        if (!enrolled()) {
            return new SyncStatus(0, null, null, running.get(), 0, false);
        }
        String[] last = engine.identities().lastOutcome();
        int conflicts = store.read(dsl -> dsl.fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.RESOLVED_AT.isNull()));
        return new SyncStatus(engine.outbox().pendingChanges(), last[0] == null ? null : Instant.parse(last[0]),
                last[1], running.get(), conflicts, true);
    }

    /** Starts a round now (also bundles still backing off); completes with its report. One round at a time. */
    public CompletableFuture<SyncReport> syncNow() {
        if (!running.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(new SyncReport(0, 0, 0, 0,
                    "Er loopt al een synchronisatie. Wacht tot die klaar is."));
        }
        notifyListeners();
        try {
            return CompletableFuture.supplyAsync(() -> runClaimed(true), executor);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running.set(false);
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * A round on the caller's thread for the automatic timetable: only bundles whose backoff has passed are sent.
     * Throws {@link NotEnrolledException} when there is no hub to talk to; returns a report saying so when another
     * round is running.
     */
    public SyncReport automaticRound() {
        if (!enrolled()) {
            throw new NotEnrolledException();
        }
        if (!running.compareAndSet(false, true)) {
            return new SyncReport(0, 0, 0, 0, null);
        }
        notifyListeners();
        return runClaimed(false);
    }

    private SyncReport runClaimed(boolean force) {
        try {
            return engine.syncOnce(force, (bundles, changes) -> tellReceived(changes));
        } finally {
            roundBegan = null;
            running.set(false);
            notifyListeners();
        }
    }

    private boolean enrolled() {
        return store.read(dsl -> dsl.fetchExists(nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT));
    }

    /**
     * Links this caseload to a hub with a one-time code, on sync's thread. {@code trustedCertificatePem}: the hub
     * certificate the coach chose to trust (a self-signed trial hub), or null for the system's authorities; it is
     * kept with the enrolment so every later round trusts the same certificate. Fails with the exception the
     * enrolment raised ({@link DemoCaseloadException}, {@code HubRefusedException}, {@code HubUnavailableException}).
     */
    public CompletableFuture<SyncIdentity> enrol(String hubUrl, String code, String deviceName,
                                                 String trustedCertificatePem) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                HubClient client = new HubClient(hubUrl, HubTls.trusting(trustedCertificatePem), HubClients.TIMEOUT);
                SyncIdentity identity = Enroller.enroll(store, sealer, client, hubUrl, code, deviceName);
                engine.identities().trustCertificate(trustedCertificatePem);
                return identity;
            } catch (HubRefusedException | HubUnavailableException e) {
                throw new java.util.concurrent.CompletionException(e);
            } finally {
                notifyListeners();
            }
        }, executor);
    }

    /** This laptop's enrolment with its keys (vault must be unlocked), for showing the fingerprints again. */
    public java.util.Optional<SyncIdentity> identity() {
        return engine.identities().load();
    }

    /** Writes every change not yet acknowledged to a {@code .werkmapbundle} file for the hub administrator. */
    public CompletableFuture<Integer> exportBundle(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                engine.seal();
                return BundleFile.write(file, engine.outbox().pending(false));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("De bundel kon niet worden weggeschreven naar " + file + ": "
                        + e.getMessage(), e);
            } finally {
                notifyListeners();
            }
        }, executor);
    }

    public SyncEngine engine() {
        return engine;
    }

    private void notifyListeners() {
        if (listeners.isEmpty()) {
            return;
        }
        SyncStatus status;
        try {
            status = status();
        } catch (RuntimeException e) { // locked vault or closed caseload: the next refresh shows the state
            LOG.warn("Sync-status niet leesbaar: {}", e.toString());
            return;
        }
        if (status.inProgress()) {
            roundBegan = status;
            toldSoFar = 0;
        }
        listeners.forEach(l -> l.accept(status));
    }

    /**
     * The round's snapshot with the changes stored so far, to every listener, when the count grew (a bundle may bring
     * none); on the thread that writes the bundles, so nothing is read here. A listener that shows it coalesces: a
     * first sync tells this once a bundle. A listener that fails (a window already closed) is passed over: showing
     * the count must never stop the sync.
     */
    private void tellReceived(int changes) {
        SyncStatus began = roundBegan;
        if (began == null || listeners.isEmpty() || changes <= toldSoFar) {
            return;
        }
        toldSoFar = changes;
        SyncStatus status = began.receiving(changes);
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                LOG.warn("Voortgang van de sync niet getoond: {}", e.toString());
            }
        }
    }
}
