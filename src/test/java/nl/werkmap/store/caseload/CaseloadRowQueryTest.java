package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The one-row read after a save gives exactly the line the whole-list read gives, for every candidate of a demo
 * caseload (warnings, completeness, last contact, consent, running proefplaatsingen), and nothing for a deleted one.
 */
class CaseloadRowQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void everyRowEqualsTheWholeListsRowOnADemoCaseload(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 300, 2026, TODAY, done -> { });
            List<CaseloadRow> all = store.caseloadQuery().load(TODAY);
            assertEquals(300, all.size());
            CaseloadRowQuery one = store.caseloadRow();
            List<String> differ = new ArrayList<>();
            for (CaseloadRow row : all) {
                Optional<CaseloadRow> read = one.row(row.id(), TODAY);
                if (read.isEmpty() || !read.get().equals(row)) {
                    differ.add(row + " / " + read);
                }
            }
            assertTrue(differ.isEmpty(), differ.size() + " rows differ, first: " + differ.stream().findFirst());
            assertTrue(all.stream().anyMatch(CaseloadRow::hasWarnings), "the demo has warnings to compare");

            UUID gone = all.get(0).id();
            store.candidates().tombstone(gone);
            assertFalse(one.row(gone, TODAY).isPresent());
            assertFalse(one.row(UUID.randomUUID(), TODAY).isPresent());
        }
    }
}
