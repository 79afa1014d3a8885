package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.werkmap.domain.Examples;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import org.junit.jupiter.api.Test;

class ProefplaatsingCheckTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate PLANNED_END = LocalDate.of(2026, 3, 1);

    private static Placement proef(LocalDate plannedEnd) {
        return Examples.placement(PlacementType.PROEFPLAATSING, START, plannedEnd, 20);
    }

    @Property
    void warnsFromFourteenDaysBeforeThePlannedEnd(@ForAll @IntRange(min = 0, max = 59) int daysIn) {
        LocalDate today = START.plusDays(daysIn);
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, PLANNED_END);
        Set<ProefplaatsingWarning> expected = daysLeft <= 14 ? Set.of(ProefplaatsingWarning.EINDIGT_BINNENKORT)
                : Set.of();
        assertEquals(expected, ProefplaatsingCheck.check(proef(PLANNED_END), today));
    }

    @Test
    void warningPeriodIsConfigurable() {
        assertEquals(Set.of(ProefplaatsingWarning.EINDIGT_BINNENKORT),
                ProefplaatsingCheck.check(proef(PLANNED_END), LocalDate.of(2026, 2, 1), 30));
        assertEquals(Set.of(), ProefplaatsingCheck.check(proef(PLANNED_END), LocalDate.of(2026, 2, 1), 7));
    }

    @Test
    void aPassedEndThatWasNotClosedIsReported() {
        assertEquals(Set.of(ProefplaatsingWarning.EINDDATUM_VERSTREKEN),
                ProefplaatsingCheck.check(proef(PLANNED_END), LocalDate.of(2026, 3, 2)));
        Placement closed = proef(PLANNED_END).endedOn(PLANNED_END, PlacementEndReason.OVERGEGAAN_IN_CONTRACT, null);
        assertEquals(Set.of(), ProefplaatsingCheck.check(closed, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void moreThanSixMonthsIsReported() {
        assertEquals(LocalDate.of(2026, 6, 30), ProefplaatsingCheck.maximumEnd(START));
        assertEquals(Set.of(ProefplaatsingWarning.LANGER_DAN_MAXIMUM),
                ProefplaatsingCheck.check(proef(LocalDate.of(2026, 8, 1)), LocalDate.of(2026, 2, 1)));
        assertEquals(Set.of(ProefplaatsingWarning.LANGER_DAN_MAXIMUM),
                ProefplaatsingCheck.check(proef(null), LocalDate.of(2026, 7, 1)));
        assertEquals(Set.of(), ProefplaatsingCheck.check(proef(null), LocalDate.of(2026, 6, 30)));
    }

    @Test
    void otherPlacementTypesAreLeftAlone() {
        Placement job = Examples.placement(PlacementType.DIENSTVERBAND, START, PLANNED_END, 20);
        assertEquals(Set.of(), ProefplaatsingCheck.check(job, LocalDate.of(2026, 2, 25)));
    }
}
