package nl.werkmap.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.validation.CoachingsplanRules;
import nl.werkmap.report.verantwoording.MedicalTerms;

/**
 * The demo's coachingsplannen and forms are real enough for the Verantwoording tab: main goals within the rules
 * (at most three, planned hours in range, outcomes only near the half year's end), the three forms of a half year
 * that is nearly over with scores in range, sessions that serve the plan of their half year, and no medical word.
 */
class DemoCoachingsplanTest {

    /** Three weeks before the end of 2026-H2: outcomes and forms are due. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private final DemoBatch batch = new DemoCaseload.DemoPlan(300, 42, TODAY).slice(0, 300);

    private List<PlanGoal> mainGoals() {
        return batch.goals.stream().filter(PlanGoal::isMainGoal).toList();
    }

    @Test
    void mainGoalsKeepTheCoachingsplanRules() {
        List<PlanGoal> main = mainGoals();
        assertTrue(main.size() > 50, "main goals: " + main.size());
        Map<String, List<PlanGoal>> perPlan = main.stream().collect(Collectors.groupingBy(
                g -> g.placementId() + "|" + g.period()));
        for (List<PlanGoal> plan : perPlan.values()) {
            for (PlanGoal g : plan) {
                assertEquals(List.of(), CoachingsplanRules.validate(g, plan), g.toString());
            }
        }
        assertTrue(main.stream().anyMatch(g -> g.period().equals(new HalfYear(2026, 2)) && g.isEnded()),
                "the half year nearly over has outcomes");
        assertTrue(main.stream().filter(PlanGoal::isEnded)
                .allMatch(g -> !g.outcomeOn().isBefore(CoachingsplanRules.outcomeFrom(g))
                        && !g.outcomeOn().isAfter(TODAY)));
        assertTrue(main.stream().filter(g -> g.period().equals(new HalfYear(2026, 1))).allMatch(PlanGoal::isEnded),
                "a past half year is closed");
    }

    @Test
    void aHalfYearNearItsEndHasTheThreeFormsWithScoresInRange() {
        Map<JobcoachFormKind, List<JobcoachForm>> byKind = batch.forms.stream()
                .collect(Collectors.groupingBy(JobcoachForm::kind));
        assertEquals(Set.of(JobcoachFormKind.values()), byKind.keySet());
        for (JobcoachFormKind kind : Set.of(JobcoachFormKind.WERKGEVER_EVALUATIE,
                JobcoachFormKind.WERKNEMER_TEVREDENHEID)) {
            assertTrue(byKind.get(kind).stream().allMatch(f -> f.score() >= JobcoachForm.MIN_SCORE
                    && f.score() <= JobcoachForm.MAX_SCORE && f.isSigned()), kind.toString());
        }
        assertTrue(byKind.get(JobcoachFormKind.VERANTWOORDING).stream().allMatch(f -> f.result() != null
                && f.answerOwnEffort() != null && f.answerCoachActivities() != null));
        Set<String> granted = batch.grants.stream().map(g -> g.placementId() + "|" + g.period())
                .collect(Collectors.toSet());
        assertTrue(batch.forms.stream().allMatch(f -> granted.contains(f.placementId() + "|" + f.period())),
                "every form belongs to a toekenning");
    }

    @Test
    void sessionsServeThePlanOfTheirHalfYearAndNoTextHasAMedicalWord() {
        Map<java.util.UUID, PlanGoal> main = mainGoals().stream()
                .collect(Collectors.toMap(PlanGoal::id, g -> g));
        long serving = batch.sessions.stream().filter(s -> s.logboek().goalIds().stream().anyMatch(main::containsKey))
                .peek(s -> s.logboek().goalIds().stream().map(main::get).filter(java.util.Objects::nonNull)
                        .forEach(g -> assertTrue(g.period().contains(s.startsAt().toLocalDate())
                                && g.placementId().equals(s.placementId()), s.toString())))
                .count();
        assertTrue(serving > 100, "sessions serving a main goal: " + serving);
        MedicalTerms terms = MedicalTerms.shipped();
        for (PlanGoal g : mainGoals()) {
            assertEquals(List.of(), terms.find(g.description()), g.description());
        }
        for (JobcoachForm f : batch.forms) {
            for (String text : java.util.Arrays.asList(f.remark(), f.answerOwnEffort(), f.answerCoachActivities())) {
                if (text != null) {
                    assertEquals(List.of(), terms.find(text), text);
                }
            }
        }
    }
}
