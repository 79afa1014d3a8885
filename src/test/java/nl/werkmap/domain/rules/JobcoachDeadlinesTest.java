package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.HalfYear;

/** The jobcoach trajectory's deadlines from the protocol's terms (JOBCOACHING.md §1). */
class JobcoachDeadlinesTest {

    @Test
    void noticesFollowTheirEventByTheProtocolsTerms() {
        assertEquals(LocalDate.of(2026, 3, 16), JobcoachDeadlines.aanvraag(LocalDate.of(2026, 3, 2)), "2 weeks");
        assertEquals(LocalDate.of(2026, 7, 7), JobcoachDeadlines.eindeMelding(LocalDate.of(2026, 6, 30)), "1 week");
        assertEquals(LocalDate.of(2027, 1, 5), JobcoachDeadlines.wijzigingMelding(LocalDate.of(2026, 12, 22)),
                "2 weeks, over the year's end");
    }

    @Test
    void theHalfYearsReportsAreDueOnItsLastDay() {
        assertEquals(LocalDate.of(2026, 6, 30), JobcoachDeadlines.verantwoording(new HalfYear(2026, 1)));
        assertEquals(LocalDate.of(2026, 12, 31), JobcoachDeadlines.verantwoording(new HalfYear(2026, 2)));
    }

    @Test
    void aVervolgaanvraagOnlyWhenThePlacementGoesOnWithinThreeYears() {
        HalfYear h1 = new HalfYear(2026, 1);
        assertTrue(JobcoachDeadlines.vervolgaanvraagNeeded(LocalDate.of(2025, 1, 1), null, h1));
        assertFalse(JobcoachDeadlines.vervolgaanvraagNeeded(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30), h1),
                "ends with the half year");
        assertTrue(JobcoachDeadlines.vervolgaanvraagNeeded(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 7, 1), h1));
        assertTrue(JobcoachDeadlines.vervolgaanvraagNeeded(LocalDate.of(2023, 7, 2), null, h1),
                "three years end on 2 July 2026, after the next half year starts");
        assertFalse(JobcoachDeadlines.vervolgaanvraagNeeded(LocalDate.of(2023, 7, 1), null, h1),
                "three years are over when the next half year starts");
    }

    @Test
    void theLongTermMotivationIsDueAtTheEndOfTheFifthHalfYear() {
        assertEquals(LocalDate.of(2026, 7, 15), JobcoachDeadlines.langdurigeMotivatie(LocalDate.of(2024, 1, 15)));
    }

    @Test
    void thisWeeksHoursAreDueOnFriday() {
        assertEquals(LocalDate.of(2026, 12, 4), JobcoachDeadlines.urenDezeWeek(LocalDate.of(2026, 11, 30)), "Monday");
        assertEquals(LocalDate.of(2026, 12, 4), JobcoachDeadlines.urenDezeWeek(LocalDate.of(2026, 12, 4)), "Friday");
        assertEquals(LocalDate.of(2026, 12, 4), JobcoachDeadlines.urenDezeWeek(LocalDate.of(2026, 12, 6)),
                "Sunday: the week's Friday has passed");
    }

    @Test
    void anUnsettledDeadlineStaysListedFourWeeks() {
        LocalDate due = LocalDate.of(2026, 6, 30);
        assertTrue(JobcoachDeadlines.stillListed(due, LocalDate.of(2026, 7, 28)));
        assertFalse(JobcoachDeadlines.stillListed(due, LocalDate.of(2026, 7, 29)));
    }
}
