package nl.werkmap.ui.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;

/**
 * A newly opened candidate's page shows once its file is in (issue 13): {@link CandidateViewModel#whenLoaded} waits
 * for the read under way, runs after the file is in the page, also when the read fails (the page must show the
 * error), and at once when no read is under way.
 */
class CandidateLoadedTest {

    @TempDir
    Path dir;

    private OpenCaseload open;
    private CaseloadStore store;
    /** Jobs handed to the worker, run only when the test says so. */
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @BeforeEach
    void openCaseload() throws Exception {
        open = OpenCaseload.create(new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db")),
                "lange brug over de rivier 4".toCharArray());
        store = open.store();
    }

    @AfterEach
    void close() {
        open.close();
    }

    private CandidateViewModel screenOf(UUID id) {
        CandidateViewModel vm = new CandidateViewModel(Messages.dutch(), new Background(queued::add, Runnable::run),
                () -> store, null, null);
        vm.assign(id);
        return vm;
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void aPageWaitingForItsFileShowsWhenTheFileIsInNotBefore() {
        Candidate candidate = Candidate.register(UUID.randomUUID(), "Fenna Visser", LocalDate.now().minusMonths(2));
        store.candidates().save(candidate);
        CandidateViewModel vm = screenOf(candidate.id());
        List<String> shown = new ArrayList<>();

        vm.reload();
        vm.whenLoaded(() -> shown.add(vm.name.get()));

        assertTrue(shown.isEmpty(), "the read is still waiting: nothing shows yet");
        assertNull(vm.file.get());
        runQueued();
        assertEquals(List.of("Fenna Visser"), shown, "shown once, with the file already in the page");
        assertNotNull(vm.file.get());

        vm.reload();
        runQueued();
        assertEquals(1, shown.size(), "once: a later read shows nothing again");
    }

    @Test
    void aReadThatFailsStillShowsThePageWithItsError() {
        CandidateViewModel vm = screenOf(UUID.randomUUID());
        boolean[] shown = new boolean[1];

        vm.reload();
        vm.whenLoaded(() -> shown[0] = true);
        assertFalse(shown[0]);
        runQueued();

        assertTrue(shown[0], "the page shows, to say what went wrong");
        assertFalse(vm.loadError.get().isEmpty(), "with the error: " + vm.loadError.get());
    }

    @Test
    void withNoReadUnderWayItShowsAtOnce() {
        Candidate candidate = Candidate.register(UUID.randomUUID(), "Ruben Mol", LocalDate.now());
        store.candidates().save(candidate);
        CandidateViewModel vm = screenOf(candidate.id());
        vm.reload();
        runQueued();
        boolean[] shown = new boolean[1];

        vm.whenLoaded(() -> shown[0] = true);

        assertTrue(shown[0]);
        assertTrue(queued.isEmpty(), "and reads nothing for it");
    }
}
