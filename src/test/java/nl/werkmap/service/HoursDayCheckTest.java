package nl.werkmap.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.rules.PlausibilityFlag;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.DemoCaseloadFile;

/**
 * A session save checks the coach's day from that day's sessions alone ({@link HoursCheckService#dayFlags}), no
 * longer through the whole week with its grants ({@link HoursCheckService#withPending}), which was nearly all of a
 * save's work (issue 13). Both must give the same day flags for every session a coach could save: new ones, stored
 * ones moved to another day or given other hours, with and without a written reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HoursDayCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    @TempDir
    static Path dir;

    private DemoCaseloadFile demo;
    private CaseloadStore store;
    private CaseloadIndex index;

    @BeforeAll
    void openCaseload() throws Exception {
        demo = DemoCaseloadFile.create(dir, "de dag van de coach 13", 20, 1313L, TODAY);
        store = demo.store;
        index = demo.index;
    }

    @AfterAll
    void close() {
        demo.close();
    }

    @Test
    void theDaysFlagsEqualTheWeeksCheckOnThatDay() {
        HoursCheckService service = new HoursCheckService(() -> store);
        Random random = new Random(13);
        int checked = 0;
        int unreasoned = 0;
        int reasoned = 0;
        int warnings = 0;
        for (CaseloadRow row : index.all()) {
            CandidateFile file = store.candidateFiles().forSessionOn(row.id(), TODAY).orElseThrow();
            UUID coach = file.candidate().coachId();
            List<UUID> placements = new ArrayList<>();
            placements.add(null);
            file.placements().forEach(p -> placements.add(p.placement().id()));
            List<CoachingSession> pendings = new ArrayList<>();
            for (LocalDate day : List.of(TODAY, TODAY.minusDays(2), TODAY.plusDays(4), TODAY.minusDays(9))) {
                for (double hours : new double[] {0, 1, 9, 17}) {
                    UUID placement = placements.get(random.nextInt(placements.size()));
                    pendings.add(session(UUID.randomUUID(), row.id(), placement, coach, day.atTime(8, 30), hours,
                            random.nextInt(3) == 0 ? 0 : random.nextInt(240),
                            random.nextBoolean() ? null : "Beurs op locatie"));
                }
            }
            // The coach's stored sessions saved again: same day with more hours, or moved to another day.
            List<CoachingSession> stored = store.coachHours().sessions(coach, TODAY.minusDays(21), TODAY.plusDays(7));
            for (int i = 0; i < Math.min(6, stored.size()); i++) {
                CoachingSession s = stored.get(random.nextInt(stored.size()));
                LocalDateTime at = i % 2 == 0 ? s.startsAt() : s.startsAt().plusDays(random.nextInt(5) - 2);
                pendings.add(session(s.id(), s.candidateId(), s.placementId(), coach, at,
                        s.hoursAccounted() + random.nextInt(16), s.logboek().travelMinutes(),
                        random.nextBoolean() ? null : "Lange dag"));
            }
            for (CoachingSession pending : pendings) {
                List<PlausibilityFlag> days = service.dayFlags(pending);
                List<PlausibilityFlag> week = service.withPending(pending).stream()
                        .filter(f -> f.kind() == PlausibilityFlag.Kind.DAY_OVER_MAXIMUM
                                || f.kind() == PlausibilityFlag.Kind.DAY_OVER_WARNING)
                        .toList();
                assertEquals(week, days, row.displayName() + " " + pending);
                checked++;
                for (PlausibilityFlag f : days) {
                    if (f.kind() == PlausibilityFlag.Kind.DAY_OVER_WARNING) {
                        warnings++;
                    } else if (f.resolved()) {
                        reasoned++;
                    } else {
                        unreasoned++;
                    }
                }
            }
        }
        assertTrue(checked > 300, "sessions checked: " + checked);
        // The comparison is worth something only when each kind of answer comes out.
        assertTrue(unreasoned > 10, "days over the maximum without a reason: " + unreasoned);
        assertTrue(reasoned > 10, "days over the maximum with a reason: " + reasoned);
        assertTrue(warnings > 10, "days over the warning: " + warnings);
    }

    @Test
    void aSessionSaveIsStillRefusedForALongDayWithoutAReason() {
        CaseloadRow row = index.all().get(0);
        UUID coach = store.candidateFiles().forSessionOn(row.id(), TODAY).orElseThrow().candidate().coachId();
        LocalDate day = TODAY.minusDays(1);
        SessionService service = new SessionService(store);
        service.logSession(session(UUID.randomUUID(), row.id(), null, coach, day.atTime(6, 0), 9, 0, null), null);
        // 9 + 9 hours: over the day's maximum, so the second needs a written reason.
        CoachingSession second = session(UUID.randomUUID(), row.id(), null, coach, day.atTime(15, 30), 9, 0, null);
        SessionService.InvalidSession refused = assertThrows(SessionService.InvalidSession.class,
                () -> service.logSession(second, null));
        assertEquals(List.of(SessionService.DAY_REASON_NEEDED),
                refused.problems().stream().map(p -> p.messageKey()).toList());
        assertTrue(store.coachHours().sessions(coach, day, day).stream().noneMatch(s -> s.id().equals(second.id())),
                "nothing written");
        service.logSession(session(second.id(), row.id(), null, coach, day.atTime(15, 30), 9, 0, "Beurs op locatie"),
                null);
        assertTrue(store.coachHours().sessions(coach, day, day).stream().anyMatch(s -> s.id().equals(second.id())),
                "with a reason it is saved");
    }

    private static CoachingSession session(UUID id, UUID candidate, UUID placement, UUID coach, LocalDateTime at,
                                           double hours, int travel, String dayReason) {
        return new CoachingSession(id, candidate, placement, coach, at, Math.max(1, (int) Math.round(hours * 60)),
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), "Ging goed", null, null, hours, null,
                new SessionLogboek(CoachingActivity.INTRODUCEREN, Set.of(), travel, null, 1, TODAY, dayReason,
                        null));
    }
}
