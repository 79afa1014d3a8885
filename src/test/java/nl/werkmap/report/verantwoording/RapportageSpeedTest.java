package nl.werkmap.report.verantwoording;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The speed figure: the verantwoordingsrapportage of a placement with two years of sessions (two a week),
 * read from the caseload, built and written as PDF, well within 0.5 s once warm. Prints the best of five runs;
 * asserts a loose bound only, because the build machine is shared.
 */
class RapportageSpeedTest {

    @Test
    void twoYearsOfSessionsMakeOneRapportageQuickly(@TempDir Path dir) throws Exception {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DocumentFixture f = new DocumentFixture(store);
            List<CoachingSession> sessions = new ArrayList<>();
            for (LocalDate day = LocalDate.of(2024, 7, 1); day.isBefore(LocalDate.of(2026, 7, 1)); day = day.plusDays(3)) {
                sessions.add(new CoachingSession(RecordIds.next(), f.anna.id(), f.job.id(), f.coach.id(),
                        day.atTime(9, 0), 60, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                        "Ging goed", null, null, 1.0, null, new SessionLogboek(CoachingActivity.INWERKEN_EN_TRAINEN,
                        Set.of(f.goalBus.id()), 15, null, 1, day, null)));
            }
            store.sessions().saveAll(sessions);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                DocumentContent content = VerantwoordingDocuments.placementDocument(store,
                        DocumentKind.VERANTWOORDING, f.anna.id(), null, new HalfYear(2026, 1),
                        LocalDate.of(2026, 7, 3)).orElseThrow();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                DocumentPdf.write(content, ZonedDateTime.of(2026, 7, 3, 9, 0, 0, 0, ZoneOffset.UTC), out);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf("rapportage with %d sessions over two years: best of 5 %.0f ms%n", sessions.size() + 3,
                    best / 1e6);
            assertTrue(best < 2_000_000_000L, "took " + best / 1e6 + " ms");
        }
    }
}
