package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.werkmap.domain.Examples;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import org.junit.jupiter.api.Test;

class JobcoachRulesTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void aStandardCaseMeetsTheProtocol() {
        assertTrue(JobcoachRules.meetsStandard(Examples.dienstverband(12)));
        assertTrue(JobcoachRules.meetsStandard(
                Examples.placement(PlacementType.DIENSTVERBAND, START, LocalDate.of(2026, 6, 30), 20)));
        assertTrue(JobcoachRules.meetsStandard(
                Examples.placement(PlacementType.PROEFPLAATSING, START, LocalDate.of(2026, 3, 1), 20)));
    }

    @Test
    void eachShortfallIsNamed() {
        assertEquals(Set.of(JobcoachShortfall.CONTRACT_TE_KORT), JobcoachRules.shortfalls(
                Examples.placement(PlacementType.DIENSTVERBAND, START, LocalDate.of(2026, 6, 29), 20)));
        assertEquals(Set.of(JobcoachShortfall.TE_WEINIG_UREN),
                JobcoachRules.shortfalls(Examples.dienstverband(11.5)));
        assertEquals(Set.of(JobcoachShortfall.LOONWAARDE_TE_LAAG),
                JobcoachRules.shortfalls(Examples.withLoonwaarde(Examples.dienstverband(20), 34)));
        assertEquals(Set.of(JobcoachShortfall.LOONWAARDE_ONBEKEND),
                JobcoachRules.shortfalls(Examples.withLoonwaarde(Examples.dienstverband(20), null)));
        assertTrue(JobcoachRules.meetsStandard(Examples.withLoonwaarde(Examples.dienstverband(20), 35)));
        assertEquals(EnumSet.of(JobcoachShortfall.GEEN_DIENSTVERBAND, JobcoachShortfall.TE_WEINIG_UREN),
                JobcoachRules.shortfalls(Examples.placement(PlacementType.VRIJWILLIGERSWERK, START, null, 8)));
        assertEquals(Set.of(JobcoachShortfall.START_ONBEKEND),
                JobcoachRules.shortfalls(Examples.placement(PlacementType.UITZEND, null, null, 20)));
    }

    @Test
    void halfjaarrapportagesFollowTheStart() {
        assertEquals(LocalDate.of(2026, 7, 1), JobcoachRules.nextHalfjaarrapportage(START, START));
        assertEquals(LocalDate.of(2026, 7, 1), JobcoachRules.nextHalfjaarrapportage(START, LocalDate.of(2026, 7, 1)));
        assertEquals(LocalDate.of(2027, 1, 1), JobcoachRules.nextHalfjaarrapportage(START, LocalDate.of(2026, 7, 2)));
        LocalDate endOfAugust = LocalDate.of(2025, 8, 31);
        assertEquals(LocalDate.of(2026, 2, 28),
                JobcoachRules.nextHalfjaarrapportage(endOfAugust, LocalDate.of(2026, 1, 10)));
        assertEquals(LocalDate.of(2026, 8, 31),
                JobcoachRules.nextHalfjaarrapportage(endOfAugust, LocalDate.of(2026, 3, 1)));
    }

    @Property
    void nextReportIsTheFirstHalfYearMarkOnOrAfterToday(@ForAll @IntRange(min = 0, max = 3650) int startOffset,
                                                        @ForAll @IntRange(min = 0, max = 3650) int daysLater) {
        LocalDate start = LocalDate.of(2015, 1, 1).plusDays(startOffset);
        LocalDate today = start.plusDays(daysLater);
        LocalDate due = JobcoachRules.nextHalfjaarrapportage(start, today);
        assertFalse(due.isBefore(today));
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, due);
        int k = (int) ((months + 1) / 6);
        assertEquals(start.plusMonths(6L * k), due);
        assertTrue(k >= 1);
        assertTrue(k == 1 || start.plusMonths(6L * (k - 1)).isBefore(today));
    }

    @Test
    void interneJobcoachShrinksOverThreeYears() {
        assertEquals(new BigDecimal("15"), JobcoachRules.interneJobcoachMaxPct(1));
        assertEquals(new BigDecimal("7.5"), JobcoachRules.interneJobcoachMaxPct(2));
        assertEquals(new BigDecimal("6"), JobcoachRules.interneJobcoachMaxPct(3));
        assertEquals(BigDecimal.ZERO, JobcoachRules.interneJobcoachMaxPct(4));
        assertEquals(1, JobcoachRules.placementYear(START, LocalDate.of(2026, 12, 31)));
        assertEquals(2, JobcoachRules.placementYear(START, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void placementWithoutOtherShortfallsButShortProefplaatsingStillMeets() {
        Placement shortProef = Examples.placement(PlacementType.PROEFPLAATSING, START, START.plusMonths(2), 16);
        assertTrue(JobcoachRules.meetsStandard(shortProef));
    }
}
