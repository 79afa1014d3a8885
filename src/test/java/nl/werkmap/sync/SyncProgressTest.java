package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.HubClient;

/**
 * A team lead's first sync, brought in several down-bundles by a real hub on loopback, tells the status bar's
 * listeners how many changes it has stored after each bundle (issue 13: the longest wait a coach has shows it
 * moves), then ends with the usual status of a round that is over; a listener that fails on a count does not stop
 * it. A round that brings nothing tells only that it began and ended.
 */
class SyncProgressTest {

    /** More than the hub's first two down-bundles hold (256, then 512 changes), so three or more come. */
    private static final int CANDIDATES = 1_200;

    @TempDir
    Path dir;

    @Test
    void aFirstSyncCountsTheChangesStoredAfterEachBundleAndARoundThatBringsNothingDoesNot() throws Exception {
        try (HubFixture hub = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(hub, "Anouk", HubRole.JOBCOACH, "noord");
            anouk.sendCandidates(CANDIDATES);
            try (Laptop lead = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord")) {
                SyncService service = new SyncService(lead.store, lead.sealer, Clock.systemUTC(), Runnable::run,
                        url -> new HubClient(url, null, java.time.Duration.ofSeconds(5)));
                List<SyncStatus> told = new ArrayList<>();
                service.addListener(told::add);
                // A listener that fails on the counts (a window already closed) does not stop the sync.
                service.addListener(status -> {
                    if (status.receivedSoFar() > 0) {
                        throw new IllegalStateException("Toolkit has exited");
                    }
                });

                SyncReport report = service.syncNow().join();

                assertTrue(report.ok(), report.error());
                assertTrue(report.bundlesReceived() >= 3, "several bundles: " + report.bundlesReceived());
                SyncStatus began = told.get(0);
                assertTrue(began.inProgress());
                assertEquals(0, began.receivedSoFar(), "nothing stored when the round begins");
                List<SyncStatus> progress = told.subList(1, told.size() - 1);
                assertTrue(progress.size() >= 3 && progress.size() <= report.bundlesReceived(),
                        "a status after each bundle that brought changes: " + told);
                int before = 0;
                for (SyncStatus status : progress) {
                    assertTrue(status.inProgress());
                    assertTrue(status.receivedSoFar() > before, "the count only grows: " + told);
                    assertEquals(began.pendingChanges(), status.pendingChanges(), "the round's snapshot, not re-read");
                    before = status.receivedSoFar();
                }
                assertEquals(report.changesReceived(), before, "the last count is the round's");
                SyncStatus end = told.get(told.size() - 1);
                assertFalse(end.inProgress());
                assertEquals(0, end.receivedSoFar());
                assertTrue(end.lastSuccess() != null, "the round that ended is the last success");
                assertEquals(CANDIDATES, (int) lead.store.read(dsl -> dsl.fetchCount(
                        nl.werkmap.store.jooq.Tables.CANDIDATE)));

                told.clear();
                SyncReport again = service.syncNow().join();
                assertTrue(again.ok(), again.error());
                assertEquals(0, again.changesReceived());
                assertEquals(2, told.size(), "a round that brings nothing tells only its beginning and end: " + told);
                assertTrue(told.get(0).inProgress());
                assertFalse(told.get(1).inProgress());
            }
        }
    }
}
