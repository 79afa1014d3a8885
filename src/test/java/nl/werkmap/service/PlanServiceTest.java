package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.PLAN_GOAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.GoalOutcome;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.CoachingsplanRules;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/**
 * The coachingsplan through the service on a real caseload file: each action one change-logged transaction, a
 * fourth goal and an early outcome refused with nothing written, ending undone, the new columns read back as saved.
 */
class PlanServiceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final HalfYear H1 = new HalfYear(2026, 1);

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Candidate anna;
    private Placement job;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        var coach = Samples.coach("Fatima Yilmaz");
        store.coaches().save(coach);
        anna = Samples.candidate("Anna de Boer", coach.id());
        store.candidates().save(anna);
        Employer employer = Samples.employer();
        store.employers().save(employer);
        Placement p = Samples.placement(anna.id(), employer.id());
        job = new Placement(p.id(), anna.id(), employer.id(), p.jobTitle(), p.type(), LocalDate.of(2025, 9, 1),
                null, null, null, null, 32, false, null, 60, null, false, false, null, p.jobcoachType(),
                p.jobcoachRegime(), null);
        store.placements().save(job);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static PlanService on(CaseloadStore store, LocalDate today) {
        return new PlanService(() -> store, Clock.fixed(today.atTime(10, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM));
    }

    private PlanGoal goal(String text, double hours) {
        return PlanGoal.mainGoal(RecordIds.next(), anna.id(), job.id(), H1, text, hours,
                Set.of(CoachingActivity.INWERKEN_EN_TRAINEN, CoachingActivity.BEGELEIDEN_LEIDINGGEVENDE));
    }

    private int rows(org.jooq.Table<?> table) {
        return store.read(dsl -> dsl.fetchCount(table));
    }

    private int logged(String field) {
        return store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("plan_goal")
                .and(CHANGE_LOG.FIELD.eq(field))));
    }

    @Test
    void aGoalRoundTripsWithItsCoachingsplanFieldsAndIsChangeLogged() {
        PlanService service = on(store, LocalDate.of(2026, 2, 1));
        PlanGoal g = goal("Zelfstandig de bestellingen klaarzetten", 24.5);
        service.saveGoal(g);
        assertEquals(List.of(g), store.plans().goalsOf(anna.id()));
        assertEquals(List.of(g), store.plans().coachingsplan(job.id(), H1));
        assertEquals(List.of(), store.plans().coachingsplan(job.id(), H1.next()));
        for (String field : List.of("placement_id", "period", "planned_hours", "activities")) {
            assertEquals(1, logged(field), field);
        }
        String period = store.read(dsl -> dsl.select(PLAN_GOAL.PERIOD).from(PLAN_GOAL).fetchOne().value1());
        assertEquals("2026-H1", period);
    }

    @Test
    void aFourthGoalInTheHalfYearIsRefusedAndNothingIsWritten() {
        PlanService service = on(store, LocalDate.of(2026, 2, 1));
        for (int i = 1; i <= 3; i++) {
            service.saveGoal(goal("Doel " + i, 20));
        }
        int logBefore = rows(CHANGE_LOG);
        RefusedException refused = assertThrows(RefusedException.class,
                () -> service.saveGoal(goal("Doel 4", 10)));
        assertEquals(CoachingsplanRules.TOO_MANY_GOALS, refused.problems().get(0).messageKey());
        assertEquals(3, rows(PLAN_GOAL));
        assertEquals(logBefore, rows(CHANGE_LOG));
    }

    @Test
    void aGoalInAHalfYearThePlacementDoesNotRunIsRefused() {
        PlanGoal early = PlanGoal.mainGoal(RecordIds.next(), anna.id(), job.id(), new HalfYear(2025, 1), "Te vroeg",
                10, Set.of());
        RefusedException refused = assertThrows(RefusedException.class,
                () -> on(store, LocalDate.of(2026, 2, 1)).saveGoal(early));
        assertEquals(CoachingsplanRules.PLACEMENT_OUTSIDE_PERIOD, refused.problems().get(0).messageKey());
        assertEquals(0, rows(PLAN_GOAL));
    }

    @Test
    void endingWaitsForTheEndOfTheHalfYearCanBeUndoneAndHappensOnce() {
        PlanGoal g = goal("Met de bus naar het werk", 12);
        on(store, LocalDate.of(2026, 2, 1)).saveGoal(g);
        RefusedException early = assertThrows(RefusedException.class,
                () -> on(store, LocalDate.of(2026, 6, 2)).endGoal(g.id(), GoalOutcome.GEHAALD));
        assertEquals(CoachingsplanRules.OUTCOME_TOO_EARLY, early.problems().get(0).messageKey());
        assertEquals(g, store.plans().findGoal(g.id()).orElseThrow());

        PlanService atTheEnd = on(store, LocalDate.of(2026, 6, 20));
        PlanGoal before = atTheEnd.endGoal(g.id(), GoalOutcome.DEELS);
        assertEquals(g, before);
        PlanGoal ended = store.plans().findGoal(g.id()).orElseThrow();
        assertEquals(GoalOutcome.DEELS, ended.outcome());
        assertEquals(LocalDate.of(2026, 6, 20), ended.outcomeOn());
        assertEquals(GoalStatus.GESTOPT, ended.status());
        assertEquals(1, logged("outcome"));
        RefusedException twice = assertThrows(RefusedException.class,
                () -> atTheEnd.endGoal(g.id(), GoalOutcome.GEHAALD));
        assertEquals(CoachingsplanRules.ENDED, twice.problems().get(0).messageKey());

        atTheEnd.restoreGoal(before);
        assertEquals(g, store.plans().findGoal(g.id()).orElseThrow(), "undo: running again, no outcome");
        assertEquals(2, logged("outcome"), "the undo is change-logged too");
    }

    @Test
    void deleteAndRestoreGoThroughTheTombstone() {
        PlanService service = on(store, LocalDate.of(2026, 2, 1));
        PlanGoal g = goal("Pauzes zelf bewaken", 8);
        service.saveGoal(g);
        assertTrue(service.deleteGoal(g.id()));
        assertEquals(List.of(), store.plans().goalsOf(anna.id()));
        service.restoreGoal(g);
        assertEquals(List.of(g), store.plans().goalsOf(anna.id()));
    }

    @Test
    void aFailureHalfwayLeavesNothingBehind() {
        PlanService failing = new PlanService(() -> store, Clock.system(AMSTERDAM), record -> {
            throw new IllegalStateException("disk full at " + record);
        });
        assertThrows(IllegalStateException.class, () -> failing.saveGoal(goal("Halverwege", 5)));
        assertEquals(0, rows(PLAN_GOAL));
    }
}
