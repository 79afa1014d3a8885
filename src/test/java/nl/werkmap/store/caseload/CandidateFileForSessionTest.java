package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * "Sessie vastleggen" reads a candidate's placements and one day's sessions only: on a demo caseload they are exactly
 * the whole file's placements and that day's sessions from the whole file.
 */
class CandidateFileForSessionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void placementsAndTheDaysSessionsEqualThoseOfTheWholeFile(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 60, 2026, TODAY, done -> { });
            int compared = 0;
            for (CaseloadRow row : store.caseloadQuery().load(TODAY)) {
                CandidateFile whole = store.candidateFiles().load(row.id()).orElseThrow();
                LocalDate day = whole.sessions().isEmpty() ? TODAY
                        : whole.sessions().get(whole.sessions().size() / 2).startsAt().toLocalDate();
                CandidateFile part = store.candidateFiles().forSessionOn(row.id(), day).orElseThrow();
                assertEquals(whole.candidate(), part.candidate());
                assertEquals(whole.coach(), part.coach());
                assertEquals(whole.placements(), part.placements());
                List<CoachingSession> thatDay = whole.sessions().stream()
                        .filter(s -> s.startsAt().toLocalDate().equals(day)).toList();
                assertEquals(thatDay, part.sessions());
                assertTrue(part.goals().isEmpty() && part.actions().isEmpty() && part.ladder().isEmpty());
                compared += thatDay.size();
            }
            assertTrue(compared > 0, "the demo has sessions to compare");
            assertFalse(store.candidateFiles().forSessionOn(UUID.randomUUID(), TODAY).isPresent());
        }
    }
}
