package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;

/**
 * Worked examples derived by hand from the protocol's regime table (JOBCOACHING.md, section 1): maximum = regime %
 * × (contract hours × 52) × the part of the year the grant covers.
 */
class JobcoachHoursTest {

    static final UUID CANDIDATE = RecordIds.next();
    static final UUID PLACEMENT = RecordIds.next();
    static final HalfYear H1 = new HalfYear(2026, 1);

    static JobcoachGrant grant(JobcoachRegime regime, Double hours, double perWeek, int year, LocalDate from,
                               LocalDate until) {
        return new JobcoachGrant(RecordIds.next(), CANDIDATE, PLACEMENT, JobcoachType.EXTERN_UWV, null, "JC-1",
                LocalDate.of(2025, 12, 15), H1, regime, hours, perWeek, year, from != null, from, until);
    }

    static JobcoachGrant halfYear(JobcoachRegime regime, double perWeek, int year) {
        return grant(regime, null, perWeek, year, null, null);
    }

    @ParameterizedTest(name = "{0} year {2} at {1} h/week: {3} h per half year")
    @CsvSource({
            // 32 h × 52 = 1664 h a year; midden 10% = 166,4; half of it:
            "MIDDEN, 32, 1, 83.20",
            // year 2: 5% of 1664 = 83,2; half: 41,6
            "MIDDEN, 32, 2, 41.60",
            // year 3 and later: 3% of 1664 = 49,92; half: 24,96 (year 5 counts as 3+)
            "MIDDEN, 32, 3, 24.96",
            "MIDDEN, 32, 5, 24.96",
            // 20 h × 52 = 1040; intensief 15% = 156; half: 78
            "INTENSIEF, 20, 1, 78.00",
            // 7,5% of 1040 = 78; half: 39
            "INTENSIEF, 20, 2, 39.00",
            // 6% of 1040 = 62,4; half: 31,2
            "INTENSIEF, 20, 3, 31.20",
            // 36 × 52 = 1872; licht 6% = 112,32; half: 56,16
            "LICHT, 36, 1, 56.16",
            // licht year 2: 3% = 56,16; half: 28,08
            "LICHT, 36, 2, 28.08",
            // 24 × 52 = 1248; zeer licht 3% = 37,44; half: 18,72
            "ZEER_LICHT, 24, 1, 18.72",
            "ZEER_LICHT, 24, 3, 18.72",
    })
    void aWholeHalfYearGetsHalfOfTheYearlyPercentage(JobcoachRegime regime, double perWeek, int year,
                                                       String expected) {
        assertEquals(new BigDecimal(expected), JobcoachHours.maxHours(halfYear(regime, perWeek, year)));
    }

    @Test
    void aProefplaatsingOfTwoMonthsGetsTwoTwelfths() {
        // 36 × 52 = 1872; licht 6% = 112,32 a year; 2/12 of it = 18,72
        JobcoachGrant trial = grant(JobcoachRegime.LICHT, null, 36, 1, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30));
        assertEquals(new BigDecimal("18.72"), JobcoachHours.maxHours(trial));
    }

    @Test
    void aStartHalfwayCountsWholeMonthsAndTheDaysLeft() {
        // 15 March to 30 June: 3 whole months (to 14 June) and 16 days; 3/12 + 16/365 = 0,29384
        // midden year 1 at 32 h: 166,4 × 0,29384 = 41,60 + 7,29 = 48,89
        JobcoachGrant late = grant(JobcoachRegime.MIDDEN, null, 32, 1, LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 6, 30));
        assertEquals(new BigDecimal("48.89"), JobcoachHours.maxHours(late));
    }

    @Test
    void statedHoursDecideWhenTheBeschikkingGivesThem() {
        assertEquals(new BigDecimal("60.00"), JobcoachHours.maxHours(grant(null, 60.0, 32, 1, null, null)));
    }

    @Test
    void theLegalCeilingIsIntensief() {
        // 32 h, year 1: 15% of 1664 = 249,6; half: 124,8. Year 2: 7,5% → 62,4. Year 3: 6% → 49,92
        assertEquals(new BigDecimal("124.80"), JobcoachHours.ceilingHours(halfYear(JobcoachRegime.MIDDEN, 32, 1)));
        assertEquals(new BigDecimal("62.40"), JobcoachHours.ceilingHours(halfYear(JobcoachRegime.MIDDEN, 32, 2)));
        assertEquals(new BigDecimal("49.92"), JobcoachHours.ceilingHours(halfYear(JobcoachRegime.MIDDEN, 32, 3)));
        for (JobcoachRegime regime : JobcoachRegime.values()) {
            for (int year = 1; year <= 4; year++) {
                assertTrue(JobcoachHours.regimePct(regime, year).compareTo(JobcoachHours.ceilingPct(year)) <= 0,
                        regime + " year " + year + " is within the legal ceiling");
            }
        }
    }

    @Test
    void groupCoachingIsSplitEvenly() {
        // 2 hours with 6 people: 20 minutes each
        assertEquals(20.0, JobcoachHours.share(2.0, 6) * 60, 1e-9);
        assertEquals(1.5, JobcoachHours.share(1.5, 1), 1e-9);
    }

    static CoachingSession session(UUID placement, LocalDateTime at, double hours) {
        return new CoachingSession(RecordIds.next(), CANDIDATE, placement, null, at, (int) (hours * 60),
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, hours);
    }

    @Test
    void theBurnDownGoesWeekByWeekFromTheMondayOfTheFirstDay() {
        JobcoachGrant g = halfYear(JobcoachRegime.MIDDEN, 32, 1); // 83,20 h
        List<CoachingSession> sessions = List.of(
                session(PLACEMENT, LocalDateTime.of(2026, 1, 5, 9, 0), 2.0),
                session(PLACEMENT, LocalDateTime.of(2026, 1, 8, 13, 0), 3.0),
                session(PLACEMENT, LocalDateTime.of(2026, 1, 12, 9, 0), 1.5),
                session(RecordIds.next(), LocalDateTime.of(2026, 1, 12, 11, 0), 4.0), // another placement
                session(PLACEMENT, LocalDateTime.of(2026, 7, 1, 9, 0), 5.0)); // next half year

        List<JobcoachHours.BurnDownWeek> weeks = JobcoachHours.burnDown(g, sessions);

        // 1 January 2026 is a Thursday: the first week starts Monday 29 December; the last Monday is 29 June
        assertEquals(27, weeks.size());
        assertEquals(LocalDate.of(2025, 12, 29), weeks.get(0).monday());
        assertEquals(new JobcoachHours.BurnDownWeek(LocalDate.of(2026, 1, 5), 5.0, 5.0, 78.2), weeks.get(1));
        assertEquals(new JobcoachHours.BurnDownWeek(LocalDate.of(2026, 1, 12), 1.5, 6.5, 76.7), weeks.get(2));
        assertEquals(76.7, weeks.get(26).left(), 1e-9);
        assertEquals(6.5, JobcoachHours.used(g, sessions), 1e-9);
    }

    @Test
    void onlyAppointmentsThatHappenedUseHoursOfTheGrant() {
        JobcoachGrant g = halfYear(JobcoachRegime.MIDDEN, 32, 1);
        LocalDateTime at = LocalDateTime.of(2026, 2, 2, 9, 0);
        List<CoachingSession> sessions = List.of(
                session(PLACEMENT, at, 1.0), // no state said: an older row, counted as before
                inState(at.plusDays(1), 2.0, AppointmentState.GEDAAN),
                inState(at.plusDays(2), 4.0, AppointmentState.GEPLAND),
                inState(at.plusDays(3), 8.0, AppointmentState.NIET_DOORGEGAAN));
        assertEquals(3.0, JobcoachHours.used(g, sessions), 1e-9);
        assertEquals(3.0, JobcoachHours.burnDown(g, sessions).stream()
                .mapToDouble(JobcoachHours.BurnDownWeek::usedThisWeek).sum(), 1e-9);
    }

    private static CoachingSession inState(LocalDateTime at, double hours, AppointmentState state) {
        return new CoachingSession(RecordIds.next(), CANDIDATE, PLACEMENT, null, at, (int) (hours * 60),
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, hours, null, state,
                null);
    }

    @Test
    void halfYearsReadAndWriteAsTheReportsDo() {
        assertEquals(new HalfYear(2026, 2), HalfYear.parse("2026-h2"));
        assertEquals(LocalDate.of(2026, 6, 30), HalfYear.parse("2026-H1").end());
        assertEquals("2027-H1", new HalfYear(2026, 2).next().toString());
        assertEquals(new HalfYear(2026, 2), HalfYear.of(LocalDate.of(2026, 7, 1)));
        assertNull(HalfYear.parse("2026-H3"));
    }
}
