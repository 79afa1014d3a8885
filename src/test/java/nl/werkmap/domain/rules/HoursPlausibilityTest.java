package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.rules.PlausibilityFlag.Kind;

/** A coach's hours across all clients, checked the way an auditor adds them up. */
class HoursPlausibilityTest {

    static final UUID COACH = RecordIds.next();
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    static CoachingSession at(UUID candidate, UUID placement, int hour, int minute, int minutes,
                              SessionLogboek logboek) {
        return new CoachingSession(RecordIds.next(), candidate, placement, COACH, DAY.atTime(hour, minute), minutes,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, minutes / 60.0,
                null, logboek);
    }

    static CoachingSession at(UUID candidate, int hour, int minute, int minutes) {
        return at(candidate, null, hour, minute, minutes, new SessionLogboek(CoachingActivity.BEGELEIDEN_OP_HET_WERK,
                Set.of(), 0, null, 1, DAY, null));
    }

    static List<Kind> kinds(List<PlausibilityFlag> flags) {
        return flags.stream().map(PlausibilityFlag::kind).toList();
    }

    static List<PlausibilityFlag> check(List<CoachingSession> sessions) {
        return HoursPlausibility.check(sessions, Map.of(), Map.of());
    }

    @Test
    void twoClientsAddingUpToSeventeenHoursAreFlaggedThoughEachAloneIsFine() {
        UUID anna = RecordIds.next();
        UUID bram = RecordIds.next();
        // Anna: 06:00-10:30 and 16:00-20:00 (8,5 h); Bram: 10:30-15:00 and 20:00-24:00 (8,5 h). No overlaps.
        List<CoachingSession> annas = List.of(at(anna, 6, 0, 270), at(anna, 16, 0, 240));
        List<CoachingSession> brams = List.of(at(bram, 10, 30, 270), at(bram, 20, 0, 240));
        assertEquals(List.of(), check(annas));
        assertEquals(List.of(), check(brams));

        List<CoachingSession> both = new ArrayList<>(annas);
        both.addAll(brams);
        List<PlausibilityFlag> flags = check(both);

        assertEquals(List.of(Kind.DAY_OVER_MAXIMUM), kinds(flags));
        assertEquals(17.0, flags.get(0).hours(), 1e-9);
        assertEquals(DAY, flags.get(0).day());
        assertEquals(4, flags.get(0).sessionIds().size());
        assertTrue(flags.get(0).open());
    }

    @Test
    void aWrittenReasonResolvesALongDay() {
        UUID anna = RecordIds.next();
        List<CoachingSession> day = new ArrayList<>(List.of(at(anna, 6, 0, 540)));
        day.add(at(anna, null, 15, 0, 480, new SessionLogboek(CoachingActivity.EVALUATIE_EN_COORDINATIE, Set.of(), 0,
                null, 1, DAY, "Crisis op de werkplek, overleg met werkgever tot laat")));
        PlausibilityFlag flag = check(day).get(0);
        assertEquals(Kind.DAY_OVER_MAXIMUM, flag.kind());
        assertTrue(flag.resolved());
        assertFalse(flag.open());
    }

    @Test
    void elevenHoursWarnAndTravelCountsAsWorkingTime() {
        UUID anna = RecordIds.next();
        CoachingSession long1 = at(anna, null, 8, 0, 540, new SessionLogboek(CoachingActivity.INWERKEN_EN_TRAINEN,
                Set.of(), 120, null, 1, DAY, null));
        List<PlausibilityFlag> flags = check(List.of(long1));
        assertEquals(List.of(Kind.DAY_OVER_WARNING), kinds(flags));
        assertEquals(11.0, flags.get(0).hours(), 1e-9);
        assertFalse(flags.get(0).open());
        assertEquals(List.of(), check(List.of(at(anna, 8, 0, 600))), "exactly 10 hours is not over 10");
    }

    @Test
    void overlappingSessionsAreFlaggedButOneGroupSessionIsNot() {
        UUID anna = RecordIds.next();
        UUID bram = RecordIds.next();
        CoachingSession a = at(anna, 9, 0, 60);
        CoachingSession b = at(bram, 9, 30, 60);
        CoachingSession c = at(bram, 10, 30, 30);
        List<PlausibilityFlag> flags = check(List.of(c, b, a));
        assertEquals(List.of(Kind.OVERLAP), kinds(flags));
        assertEquals(List.of(a.id(), b.id()), flags.get(0).sessionIds());

        UUID group = RecordIds.next();
        SessionLogboek shared = new SessionLogboek(CoachingActivity.INWERKEN_EN_TRAINEN, Set.of(), 0, group, 2, DAY,
                null);
        assertEquals(List.of(), check(List.of(at(anna, null, 13, 0, 120, shared), at(bram, null, 13, 0, 120, shared))));
    }

    @Test
    void loggingMoreThanAWeekLateIsFlagged() {
        UUID anna = RecordIds.next();
        SessionLogboek eightDays = new SessionLogboek(CoachingActivity.INTRODUCEREN, Set.of(), 0, null, 1,
                DAY.plusDays(8), null);
        SessionLogboek sevenDays = eightDays.withLoggedOn(DAY.plusDays(7));
        assertEquals(List.of(Kind.LOGGED_LATE), kinds(check(List.of(at(anna, null, 9, 0, 60, eightDays)))));
        assertEquals(List.of(), check(List.of(at(anna, null, 9, 0, 60, sevenDays))));
    }

    @Test
    void hoursOutsideTheGrantAndBeyondItAreFlagged() {
        UUID anna = RecordIds.next();
        UUID placement = RecordIds.next();
        // A proefplaatsing grant 1 March - 30 April, 4 hours stated; 3 hours used by another coach already.
        JobcoachGrant g = new JobcoachGrant(RecordIds.next(), anna, placement, JobcoachType.EXTERN_UWV, null, null,
                null, new HalfYear(2026, 1), null, 4.0, 24, 1, true, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30));
        SessionLogboek logboek = new SessionLogboek(CoachingActivity.INTRODUCEREN, Set.of(), 0, null, 1, DAY, null);
        CoachingSession within = at(anna, placement, 9, 0, 60, logboek);
        CoachingSession over = at(anna, placement, 11, 0, 60, logboek);
        CoachingSession outside = new CoachingSession(RecordIds.next(), anna, placement, COACH,
                LocalDateTime.of(2026, 5, 4, 9, 0), 60, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                Set.of(), null, null, null, 1.0, null, logboek.withLoggedOn(LocalDate.of(2026, 5, 4)));

        List<PlausibilityFlag> flags = HoursPlausibility.check(List.of(within, over, outside),
                Map.of(placement, List.of(g)), Map.of(g.id(), 3.0));

        assertEquals(List.of(Kind.OUTSIDE_GRANT, Kind.BEYOND_GRANT), kinds(flags));
        assertEquals(List.of(outside.id()), flags.get(0).sessionIds());
        assertEquals(List.of(over.id()), flags.get(1).sessionIds());
        assertEquals(5.0, flags.get(1).hours(), 1e-9);
    }

    @Test
    void appointmentsNotYetHeldAreLeftOut() {
        UUID anna = RecordIds.next();
        CoachingSession planned = new CoachingSession(RecordIds.next(), anna, null, COACH, DAY.atTime(9, 0), 60,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, 0);
        assertEquals(List.of(), check(List.of(planned, at(anna, 9, 0, 60))));
    }
}
