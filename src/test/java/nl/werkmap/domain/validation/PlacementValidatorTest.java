package nl.werkmap.domain.validation;

import static nl.werkmap.domain.validation.CandidateValidatorTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import nl.werkmap.domain.Examples;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import org.junit.jupiter.api.Test;

class PlacementValidatorTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void aSoundPlacementHasNoProblems() {
        assertEquals(List.of(), PlacementValidator.validate(Examples.dienstverband(24)));
    }

    @Property
    void hoursAboveZeroUpToSixtyAreAccepted(@ForAll @DoubleRange(min = 0, minIncluded = false, max = 60)
                                            double hours) {
        assertEquals(List.of(), PlacementValidator.validate(Examples.dienstverband(hours)));
    }

    @Property
    void zeroOrMoreThanSixtyHoursIsRejected(@ForAll @DoubleRange(min = 60, minIncluded = false, max = 168)
                                            double hours) {
        assertEquals(List.of(problem(PlacementValidator.HOURS_PER_WEEK, ValidationMessage.PLACEMENT_HOURS_RANGE)),
                PlacementValidator.validate(Examples.dienstverband(hours)));
        assertEquals(List.of(problem(PlacementValidator.HOURS_PER_WEEK, ValidationMessage.PLACEMENT_HOURS_RANGE)),
                PlacementValidator.validate(Examples.dienstverband(0)));
    }

    @Test
    void plannedEndBeforeStartIsRejected() {
        Placement p = Examples.placement(PlacementType.DIENSTVERBAND, START, START.minusDays(1), 20);
        assertEquals(List.of(problem(PlacementValidator.PLANNED_END,
                ValidationMessage.PLACEMENT_PLANNED_END_BEFORE_START)), PlacementValidator.validate(p));
    }

    @Test
    void proefplaatsingLastsAtMostSixMonths() {
        Placement sixMonths = Examples.placement(PlacementType.PROEFPLAATSING, START, LocalDate.of(2026, 6, 30), 20);
        assertEquals(List.of(), PlacementValidator.validate(sixMonths));
        Placement longer = Examples.placement(PlacementType.PROEFPLAATSING, START, LocalDate.of(2026, 7, 1), 20);
        assertEquals(List.of(problem(PlacementValidator.PLANNED_END, ValidationMessage.PROEFPLAATSING_TOO_LONG)),
                PlacementValidator.validate(longer));
        Placement dienstverband = Examples.placement(PlacementType.DIENSTVERBAND, START, LocalDate.of(2027, 7, 1),
                20);
        assertEquals(List.of(), PlacementValidator.validate(dienstverband));
    }

    @Property
    void loonwaardeIsAPercentage(@ForAll @IntRange(min = -1000, max = 1000) int pct) {
        List<ValidationProblem> problems =
                PlacementValidator.validate(Examples.withLoonwaarde(Examples.dienstverband(20), pct));
        boolean inRange = pct >= 0 && pct <= 100;
        assertEquals(!inRange,
                problems.contains(problem(PlacementValidator.LOONWAARDE_PCT, ValidationMessage.LOONWAARDE_RANGE)));
    }

    @Test
    void anEndedPlacementNeedsAReasonAndAnEndAfterTheStart() {
        Placement p = Examples.dienstverband(20);
        assertEquals(List.of(problem(PlacementValidator.END_REASON, ValidationMessage.PLACEMENT_END_REASON_REQUIRED)),
                PlacementValidator.validate(p.endedOn(LocalDate.of(2025, 9, 1), null, null)));
        assertTrue(PlacementValidator.validate(p.endedOn(LocalDate.of(2024, 9, 1), PlacementEndReason.ANDERS, null))
                .contains(problem(PlacementValidator.ACTUAL_END,
                        ValidationMessage.PLACEMENT_ACTUAL_END_BEFORE_START)));
    }

    @Test
    void typeAndStartAreRequired() {
        Placement p = Examples.placement(null, null, null, 20);
        assertEquals(List.of(problem(PlacementValidator.TYPE, ValidationMessage.REQUIRED),
                problem(PlacementValidator.START, ValidationMessage.REQUIRED)), PlacementValidator.validate(p));
    }
}
