package nl.werkmap.ui.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuietNavigator;

/**
 * What a save leaves alone on the candidate's page (save, issue 13): the header's "still missing" badges are not
 * rebuilt when what is missing did not change; the privacy and timeline tabs, never shown, read nothing and fill
 * nothing after a save; once shown, privacy reads its statements again only when the records it lists changed. The page's values
 * after a save are checked against a fresh open in {@link CandidateRefreshAfterSaveTest}.
 */
class AfterSaveQuietTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aSaveThatChangesNothingMissingLeavesTheBadgesAlone(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 2, 2026, TODAY, done -> { });
            CandidateViewModel vm = page(store, new AtomicInteger());
            vm.reload();
            List<String> before = List.copyOf(vm.missing);
            AtomicInteger told = new AtomicInteger();
            vm.missing.addListener((ListChangeListener<String>) change -> told.incrementAndGet());

            store.sessions().save(session(vm.file.get(), "Ging goed"));
            vm.refreshAfterSave();

            assertEquals(before, List.copyOf(vm.missing));
            assertEquals(0, told.get(), "the badges were rebuilt after a save that left them as they were");
            assertEquals(store.candidateFiles().load(vm.candidateId()).orElseThrow(), vm.file.get());
        }
    }

    @Test
    void thePrivacyAndTimelineTabsNeverShownDoNothingAfterASave(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 2, 2026, TODAY, done -> { });
            AtomicInteger jobs = new AtomicInteger();
            CandidateViewModel vm = page(store, jobs);
            PrivacyViewModel privacy = new PrivacyViewModel(vm, java.time.Clock.systemUTC());
            TimelineViewModel timeline = new TimelineViewModel(vm, java.time.ZoneOffset.UTC);
            vm.reload();
            int afterOpen = jobs.get();

            store.sessions().save(session(vm.file.get(), "Ging goed"));
            vm.refreshAfterSave();

            assertEquals(afterOpen + 1, jobs.get(), "jobs after the save besides the page's own read");
            assertTrue(privacy.records.isEmpty(), "records filled for a tab never shown");
            assertTrue(timeline.entries.isEmpty(), "timeline entries made for a tab never shown");

            // Shown: the records and statements follow the file from now on.
            privacy.activate();
            assertEquals(afterOpen + 2, jobs.get(), "the statements are read once when the tab shows");
            assertEquals(1 + vm.file.get().sessions().size() + vm.file.get().zrm().size()
                    + vm.file.get().goals().size(), privacy.records.size());
            assertFalse(privacy.records.isEmpty());

            // A session saved: its record is listed, the statements read with it.
            store.sessions().save(session(vm.file.get(), "Nog een"));
            vm.refreshAfterSave();
            assertEquals(afterOpen + 4, jobs.get());
            assertEquals(1 + vm.file.get().sessions().size() + vm.file.get().zrm().size()
                    + vm.file.get().goals().size(), privacy.records.size());

            // The candidate's own fields saved: the records are the same, nothing is read for the tab.
            CandidateFile f = vm.file.get();
            store.candidates().save(f.candidate().withStatus(f.candidate().status(), "zelfde status", null, TODAY));
            vm.refreshAfterSave();
            assertEquals(afterOpen + 5, jobs.get(), "only the page's own read after a save the tab does not show");
        }
    }

    /** A page whose jobs run at once on this thread, counted. */
    private static CandidateViewModel page(CaseloadStore store, AtomicInteger jobs) {
        Background counted = new Background(job -> {
            jobs.incrementAndGet();
            job.run();
        }, job -> {
            jobs.incrementAndGet();
            job.run();
        }, Runnable::run);
        UUID id = store.caseloadQuery().load(TODAY).get(0).id();
        return new CandidateViewModel(Messages.dutch(), counted, () -> store, new QuietNavigator(), id);
    }

    /** Long ago: the last contact, and so what is missing, stays as it was. */
    private static CoachingSession session(CandidateFile f, String note) {
        return new CoachingSession(UUID.randomUUID(), f.candidate().id(), null, null,
                LocalDateTime.now().minusYears(5).withSecond(0).withNano(0), 30, SessionLocation.WERKPLEK,
                SessionType.WERKPLEKBEZOEK, Set.of(), note, null, null, 0, null);
    }
}
