package nl.werkmap.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.validation.GrantValidator;

/** The demo's toekenningen and logboek pass the same rules as typed ones and give the checks something to show. */
class DemoVerantwoordingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final DemoBatch BATCH = new DemoCaseload.DemoPlan(500, 7, TODAY).slice(0, 500);

    @Test
    void grantsAreValidAndNeverOverlapOnOnePlacement() {
        assertTrue(BATCH.grants.size() > 50, "grants: " + BATCH.grants.size());
        BATCH.grants.forEach(g -> assertEquals(List.of(), GrantValidator.validate(g), g.toString()));
        Map<UUID, List<JobcoachGrant>> byPlacement = BATCH.grants.stream()
                .collect(Collectors.groupingBy(JobcoachGrant::placementId));
        byPlacement.values().forEach(gs -> {
            for (int i = 0; i < gs.size(); i++) {
                for (int j = i + 1; j < gs.size(); j++) {
                    assertFalse(gs.get(i).overlaps(gs.get(j)), gs.get(i) + " / " + gs.get(j));
                }
            }
        });
        assertTrue(byPlacement.values().stream().anyMatch(gs -> gs.size() > 2), "several half years per placement");
    }

    @Test
    void heldSessionsCarryAnActivityAndTravelOnlyForVisits() {
        long late = 0;
        for (CoachingSession s : BATCH.sessions) {
            if (s.hoursAccounted() <= 0) {
                continue;
            }
            assertNotNull(s.logboek().activity(), s.toString());
            if (s.location() == SessionLocation.TELEFONISCH || s.location() == SessionLocation.VIDEO) {
                assertEquals(0, s.logboek().travelMinutes());
            }
            if (ChronoUnit.DAYS.between(s.startsAt().toLocalDate(), s.logboek().loggedOn()) > 7) {
                late++;
            }
        }
        assertTrue(late > 0, "a few sessions are logged late, for the plausibility check to show");
    }
}
