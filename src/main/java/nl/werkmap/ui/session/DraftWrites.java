package nl.werkmap.ui.session;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Scheduler;

/**
 * Keeps what is typed in "Sessie vastleggen" as a sealed draft a moment after typing stops, on the scheduler's thread
 * (never the FX thread). A save, a discard or a fresh start cancels a write still planned: its epoch no longer counts,
 * so a draft planned just before a save cannot come back after it.
 */
final class DraftWrites {

    private static final Logger LOG = LoggerFactory.getLogger(DraftWrites.class);
    /** How long typing must pause before the draft is written. */
    static final Duration DELAY = Duration.ofMillis(1500);

    private final Scheduler scheduler;
    /** Bumped by every cancel: a write planned before it no longer counts. */
    private final AtomicLong epoch = new AtomicLong();
    private Scheduler.Pending pending;

    DraftWrites(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Plans {@code json} as the kept draft of {@code candidateId} in {@code store}, replacing a write still planned. */
    void plan(CaseloadStore store, UUID candidateId, String json) {
        cancel();
        long planned = epoch.get();
        pending = scheduler.schedule(() -> {
            if (epoch.get() == planned) {
                try {
                    store.sessionDrafts().keep(candidateId, json);
                } catch (RuntimeException e) {
                    // The form still holds the input; only the crash copy is missing. Logged, never silent.
                    LOG.error("Concept van de sessie kon niet worden bewaard", e);
                }
            }
        }, DELAY);
    }

    /** A write still planned will not happen. */
    void cancel() {
        epoch.incrementAndGet();
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
