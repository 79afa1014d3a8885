package nl.werkmap.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.GoalOutcome;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.ValidationProblem;

/** The coachingsplan's limits: three main goals per half year and placement, hours, the outcome at the end. */
class CoachingsplanRulesTest {

    private static final UUID CANDIDATE = RecordIds.next();
    private static final UUID JOB = RecordIds.next();
    private static final HalfYear H1 = new HalfYear(2026, 1);

    private static PlanGoal goal(HalfYear period, UUID placement, double hours) {
        return PlanGoal.mainGoal(RecordIds.next(), CANDIDATE, placement, period, "Zelfstandig de dag plannen",
                hours, Set.of(CoachingActivity.STRUCTUREREN_VAN_HET_WERK));
    }

    private static List<String> keys(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::messageKey).toList();
    }

    @Test
    void threeMainGoalsPerHalfYearAndPlacementAndNoFourth() {
        List<PlanGoal> plan = new ArrayList<>();
        for (int i = 0; i < CoachingsplanRules.MAX_MAIN_GOALS; i++) {
            PlanGoal next = goal(H1, JOB, 20);
            assertEquals(List.of(), CoachingsplanRules.validate(next, plan), "goal " + (i + 1));
            plan.add(next);
        }
        assertEquals(List.of(CoachingsplanRules.TOO_MANY_GOALS),
                keys(CoachingsplanRules.validate(goal(H1, JOB, 10), plan)));
        // a correction of one of the three is no fourth goal
        PlanGoal first = plan.get(0);
        assertEquals(List.of(), CoachingsplanRules.validate(first.corrected("Nieuw", null, 30.0, Set.of()), plan));
        // the next half year, another placement and plain goals do not count
        assertEquals(List.of(), CoachingsplanRules.validate(goal(H1.next(), JOB, 10), plan));
        assertEquals(List.of(), CoachingsplanRules.validate(goal(H1, RecordIds.next(), 10), plan));
        assertEquals(List.of(), CoachingsplanRules.validate(
                new PlanGoal(RecordIds.next(), CANDIDATE, "Rijbewijs halen", GoalStatus.OPEN, null), plan));
    }

    @Test
    void plannedHoursAreAboveZeroAndWithinTheLegalCeilingOfAHalfYear() {
        assertEquals(List.of(CoachingsplanRules.HOURS_RANGE), keys(CoachingsplanRules.validate(goal(H1, JOB, 0),
                List.of())));
        assertEquals(List.of(), CoachingsplanRules.validate(goal(H1, JOB, 156), List.of()),
                "15% of 2,080 hours over half a year");
        assertEquals(List.of(CoachingsplanRules.HOURS_RANGE), keys(CoachingsplanRules.validate(goal(H1, JOB, 156.5),
                List.of())));
        assertEquals(List.of(CoachingsplanRules.NEEDS_PLACEMENT), keys(CoachingsplanRules.validate(
                goal(H1, null, 10), List.of())));
    }

    @Test
    void anOutcomeIsGivenFromFourWeeksBeforeTheHalfYearEnds() {
        PlanGoal g = goal(H1, JOB, 20);
        assertEquals(LocalDate.of(2026, 6, 3), CoachingsplanRules.outcomeFrom(g), "30 June minus 4 weeks, plus 1");
        assertEquals(List.of(CoachingsplanRules.OUTCOME_TOO_EARLY), keys(CoachingsplanRules.validate(
                g.endedWith(GoalOutcome.GEHAALD, LocalDate.of(2026, 6, 2)), List.of())));
        PlanGoal ended = g.endedWith(GoalOutcome.VERVOLG_NODIG, LocalDate.of(2026, 6, 3));
        assertEquals(List.of(), CoachingsplanRules.validate(ended, List.of()));
        assertEquals(GoalStatus.GESTOPT, ended.status());
        assertEquals(GoalStatus.BEREIKT, g.endedWith(GoalOutcome.GEHAALD, LocalDate.of(2026, 7, 2)).status());
        PlanGoal plain = new PlanGoal(RecordIds.next(), CANDIDATE, "Los doel", GoalStatus.OPEN, null);
        assertEquals(List.of(CoachingsplanRules.OUTCOME_NEEDS_PERIOD), keys(CoachingsplanRules.validate(
                plain.endedWith(GoalOutcome.NIET, LocalDate.of(2026, 7, 2)), List.of())));
    }

    @Test
    void halfYearBoundariesDecideWhichGoalsAreCurrentAndWhetherAPlacementRuns() {
        PlanGoal first = goal(H1, JOB, 20);
        PlanGoal second = goal(H1.next(), JOB, 20);
        List<PlanGoal> both = List.of(first, second);
        assertEquals(List.of(first), CoachingsplanRules.currentGoals(both, LocalDate.of(2026, 6, 30)));
        assertEquals(List.of(second), CoachingsplanRules.currentGoals(both, LocalDate.of(2026, 7, 1)));
        assertEquals(List.of(), CoachingsplanRules.currentGoals(both, LocalDate.of(2025, 12, 31)));

        assertTrue(CoachingsplanRules.placementCovers(first, LocalDate.of(2026, 6, 30), null), "starts on the last day");
        assertFalse(CoachingsplanRules.placementCovers(first, LocalDate.of(2026, 7, 1), null));
        assertTrue(CoachingsplanRules.placementCovers(second, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 7, 1)));
        assertFalse(CoachingsplanRules.placementCovers(second, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30)));
    }
}
