package nl.werkmap.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;
import nl.werkmap.ui.common.Scheduler;

/**
 * The sheet's kept draft: written only after the pause, the latest typing wins, and a save or discard (a cancel)
 * stops a write that was planned before it, even one whose task the scheduler already started to run.
 */
class DraftWritesTest {

    /** Planned tasks run when the test says; a cancelled one is still run, as a task already started would be. */
    private static final class HandScheduler implements Scheduler {
        final List<Runnable> planned = new ArrayList<>();
        Duration lastDelay;

        @Override
        public Pending schedule(Runnable task, Duration delay) {
            planned.add(task);
            lastDelay = delay;
            return () -> { };
        }

        void runAll() {
            List<Runnable> due = new ArrayList<>(planned);
            planned.clear();
            due.forEach(Runnable::run);
        }
    }

    @Test
    void theLatestTypingIsKeptAfterThePauseAndACancelStopsAWriteAlreadyPlanned(@TempDir Path dir) {
        HandScheduler scheduler = new HandScheduler();
        DraftWrites writes = new DraftWrites(scheduler);
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            Candidate jan = Samples.candidate("Jan van den Berg", null);
            store.candidates().save(jan);

            writes.plan(store, jan.id(), "{\"wentWell\":\"eerst\"}");
            writes.plan(store, jan.id(), "{\"wentWell\":\"daarna\"}");
            assertEquals(DraftWrites.DELAY, scheduler.lastDelay);
            assertTrue(store.sessionDrafts().find(jan.id()).isEmpty(), "nothing written before the pause");
            scheduler.runAll();
            assertEquals("{\"wentWell\":\"daarna\"}", store.sessionDrafts().find(jan.id()).orElseThrow().content(),
                    "the write planned first no longer counts");

            writes.plan(store, jan.id(), "{\"wentWell\":\"voor het opslaan\"}");
            writes.cancel();
            scheduler.runAll();
            assertEquals("{\"wentWell\":\"daarna\"}", store.sessionDrafts().find(jan.id()).orElseThrow().content(),
                    "a write planned before the save did not happen");
        }
    }
}
