package nl.werkmap.ui.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;

/**
 * Reading a candidate's file again (a kept page opened again, a sync round) leaves the header's missing items alone
 * when they are the same: each change makes the header's badges anew, new nodes to style and paint (issue 13). When
 * the items do change, the header follows.
 */
class CandidateHeaderReloadTest {

    @TempDir
    Path dir;
    private OpenCaseload open;
    private CaseloadStore store;

    @BeforeEach
    void openCaseload() throws Exception {
        open = OpenCaseload.create(new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db")),
                "kade langs het water 12".toCharArray());
        store = open.store();
    }

    @AfterEach
    void close() {
        open.close();
    }

    @Test
    void theSameMissingItemsAreNotSetAgainChangedOnesAre() {
        Candidate candidate = Candidate.register(UUID.randomUUID(), "Mila de Wit", LocalDate.now().minusMonths(2));
        store.candidates().save(candidate);
        CandidateViewModel screen = new CandidateViewModel(Messages.dutch(), Background.sameThread(), () -> store,
                null, null);
        screen.assign(candidate.id());
        List<String> changes = new ArrayList<>();
        screen.missing.addListener((ListChangeListener<String>) c -> changes.add(c.toString()));

        screen.reload();
        List<String> first = List.copyOf(screen.missing);
        assertFalse(first.isEmpty(), "a bare candidate misses items");
        assertEquals(1, changes.size(), "the first read fills the header");

        screen.reload();
        assertEquals(1, changes.size(), "the same items: the header is left alone");
        assertEquals(first, List.copyOf(screen.missing));

        store.candidates().save(candidate.withProfile(new CandidateProfile("Kan goed plannen", null, null,
                List.of(), null)));
        screen.reload();
        assertEquals(2, changes.size(), "changed items are shown");
        assertEquals(first.size() - 1, screen.missing.size(), "talents no longer missing: " + screen.missing);
    }
}
