package nl.werkmap.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.SyncService;
import nl.werkmap.sync.SyncStatus;
import nl.werkmap.sync.auto.AutoSync;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuietNavigator;

/** The status-bar text for sync, from a real service on a real caseload and from the statuses a round leaves. */
class SyncViewModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-16T11:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;

    private final List<String> statusLine = new ArrayList<>();

    private SyncViewModel viewModel(SyncService service) {
        AutoSync auto = new AutoSync(AutoSync.Timing.standard(), () -> service.automaticRound());
        return new SyncViewModel(service, auto, Background.sameThread(), Runnable::run, Messages.dutch(),
                new RecordingNavigator(), NOON);
    }

    @Test
    void aFreshCaseloadSaysItIsNotLinkedAndCannotSync() throws Exception {
        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            // A change waits in the log, but with no hub nothing is counted (a save's status read, issue 13).
            store.candidates().save(nl.werkmap.domain.Candidate.register(java.util.UUID.randomUUID(), "Piet Smit",
                    java.time.LocalDate.of(2026, 3, 16)));
            SyncService service = new SyncService(store, vault.sealer(), NOON, Runnable::run, HubClient::new);
            SyncViewModel vm = viewModel(service);
            vm.refresh();
            assertEquals("Nog niet gekoppeld aan de gemeente", vm.textProperty().get());
            assertFalse(vm.enrolledProperty().get());
            assertEquals(new SyncStatus(0, null, null, false, 0, false), service.status());
        } finally {
            vault.lock();
        }
    }

    @Test
    void enrolledStatusesShowLastSyncPendingConflictsAndFailure() {
        SyncViewModel vm = viewModel(null);
        vm.show(new SyncStatus(0, null, null, false, 0, true));
        assertEquals("Nog niet gesynchroniseerd", vm.textProperty().get());
        assertTrue(vm.enrolledProperty().get());

        vm.show(new SyncStatus(3, Instant.parse("2026-03-16T09:42:00Z"), null, false, 0, true));
        assertEquals("Laatst gesynchroniseerd: 10:42 · 3 wijzigingen wachten op verzending", vm.textProperty().get());

        vm.show(new SyncStatus(1, Instant.parse("2026-03-13T15:05:00Z"), "Hub onbereikbaar", false, 2, true));
        assertEquals("Laatst gesynchroniseerd: 13-03-2026 16:05 · 1 wijziging wacht op verzending · 2 conflicten"
                + " · laatste poging mislukt", vm.textProperty().get());

        vm.show(new SyncStatus(1, null, null, true, 0, true));
        assertEquals("Bezig met synchroniseren… · 1 wijziging wacht op verzending", vm.textProperty().get());
    }

    @Test
    void aRunningRoundCountsTheChangesItHasStored() {
        SyncViewModel vm = viewModel(null);
        SyncStatus running = new SyncStatus(2, null, null, true, 0, true);
        vm.show(running.receiving(42_310));
        assertEquals("Bezig met synchroniseren: 42.310 wijzigingen binnen · 2 wijzigingen wachten op verzending",
                vm.textProperty().get());
        vm.show(running.receiving(1));
        assertEquals("Bezig met synchroniseren: 1 wijziging binnen · 2 wijzigingen wachten op verzending",
                vm.textProperty().get());

        SyncViewModel english = new SyncViewModel(null, null, Background.sameThread(), Runnable::run,
                Messages.forLocale(java.util.Locale.ENGLISH), new RecordingNavigator(), NOON);
        english.show(new SyncStatus(0, null, null, true, 0, true).receiving(42_310));
        assertEquals("Synchronising: 42,310 changes received", english.textProperty().get());
    }

    @Test
    void aRoundsEndAndAnExportSayWhatWentAndCameInPlainWords() {
        SyncViewModel vm = viewModel(null);
        assertEquals("Gesynchroniseerd: niets verstuurd, 1 wijziging ontvangen.",
                vm.describe(new nl.werkmap.sync.SyncReport(0, 1, 1, 0, null)));
        assertEquals("Gesynchroniseerd: 1 bundel verstuurd, niets ontvangen.",
                vm.describe(new nl.werkmap.sync.SyncReport(1, 0, 0, 0, null)));
        assertEquals("Gesynchroniseerd: 3 bundels verstuurd, 188.795 wijzigingen ontvangen, 2 conflicten.",
                vm.describe(new nl.werkmap.sync.SyncReport(3, 43, 188_795, 2, null)));
        assertEquals("Gesynchroniseerd: niets verstuurd, 2 wijzigingen ontvangen, 1 conflict.",
                vm.describe(new nl.werkmap.sync.SyncReport(0, 1, 2, 1, null)));
        SyncViewModel english = new SyncViewModel(null, null, Background.sameThread(), Runnable::run,
                Messages.forLocale(java.util.Locale.ENGLISH), new RecordingNavigator(), NOON);
        assertEquals("Synchronised: 3 bundles sent, 188,795 changes received, 2 conflicts.",
                english.describe(new nl.werkmap.sync.SyncReport(3, 43, 188_795, 2, null)));
        assertEquals("1 bundel geschreven naar w.werkmapbundle. Geef dit bestand aan de beheerder van de hub (hub"
                + " import).", Messages.dutch().format("sync.exported", 1, "w.werkmapbundle"));
        assertEquals("12 bundels geschreven naar w.werkmapbundle. Geef dit bestand aan de beheerder van de hub (hub"
                + " import).", Messages.dutch().format("sync.exported", 12, "w.werkmapbundle"));
    }

    @Test
    void countsToldFasterThanTheScreenShowsThemWaitAsOneAndTheRoundsEndIsShownLast() {
        List<Runnable> fxQueue = new ArrayList<>();
        SyncViewModel vm = new SyncViewModel(null, null, Background.sameThread(), fxQueue::add, Messages.dutch(),
                new RecordingNavigator(), NOON);
        SyncStatus began = new SyncStatus(0, null, null, true, 0, true);
        vm.told(began);
        vm.told(began.receiving(256));
        vm.told(began.receiving(768));
        assertEquals(1, fxQueue.size(), "one task waits for the FX thread, not one a count");
        runAll(fxQueue);
        assertEquals("Bezig met synchroniseren: 768 wijzigingen binnen", vm.textProperty().get(), "the newest");

        vm.told(began.receiving(1_792));
        vm.told(new SyncStatus(0, Instant.parse("2026-03-16T10:59:00Z"), null, false, 0, true));
        vm.told(began); // the next round begins before the FX thread has shown the end of this one
        runAll(fxQueue);
        assertEquals("Bezig met synchroniseren…", vm.textProperty().get(), "the next round, after the end");
        assertTrue(vm.runningProperty().get());

        vm.told(began.receiving(10));
        vm.told(new SyncStatus(0, Instant.parse("2026-03-16T11:00:00Z"), null, false, 0, true));
        runAll(fxQueue);
        assertEquals("Laatst gesynchroniseerd: 12:00", vm.textProperty().get(), "a count told before the end never"
                + " shows after it");
        assertFalse(vm.runningProperty().get());
    }

    private static void runAll(List<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.remove(0).run();
        }
    }

    private final class RecordingNavigator extends QuietNavigator {
        @Override public void status(String text) {
            statusLine.add(text);
        }
    }
}
