package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.service.NewPlacementService;
import nl.werkmap.service.PlanService;
import nl.werkmap.store.Samples;

/** A coachingsplan goal with its placement, half year, hours, activities and outcome reaches the team lead. */
class CoachingsplanSyncTest {

    @TempDir
    Path dir;
    CoachAndLead team;
    HubFixture hub;
    Laptop anouk;
    Laptop lotte;

    @BeforeEach
    void start() throws Exception {
        team = CoachAndLead.synced(dir, "gemeente-a");
        hub = team.hub;
        anouk = team.coach;
        lotte = team.lead;
    }

    @AfterEach
    void stop() {
        team.close();
    }

    @Test
    void theNewPlanGoalColumnsTravel() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        Employer employer = Samples.employer();
        Placement job = new Placement(RecordIds.next(), sanne.id(), employer.id(), "Medewerker",
                PlacementType.DIENSTVERBAND, LocalDate.of(2026, 1, 12), null, null, null, null, 24, false, null, 50,
                null, false, false, null, JobcoachType.GEMEENTE, JobcoachRegime.LICHT, null);
        new NewPlacementService(() -> anouk.store).place(employer, job, Samples.buddy(job.id()));
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        PlanService plans = new PlanService(() -> anouk.store,
                Clock.fixed(LocalDate.of(2026, 6, 15).atTime(9, 0).atZone(zone).toInstant(), zone));
        PlanGoal running = PlanGoal.mainGoal(RecordIds.next(), sanne.id(), job.id(), new HalfYear(2026, 1),
                "Zelf de werkvolgorde bepalen", 18.5, Set.of(CoachingActivity.STRUCTUREREN_VAN_HET_WERK));
        PlanGoal ended = PlanGoal.mainGoal(RecordIds.next(), sanne.id(), job.id(), new HalfYear(2026, 1),
                "Hulp vragen aan de buddy", 6, Set.of(CoachingActivity.BEGELEIDEN_LEIDINGGEVENDE,
                        CoachingActivity.INWERKEN_EN_TRAINEN));
        plans.saveGoal(running);
        plans.saveGoal(ended);
        plans.endGoal(ended.id(), GoalOutcome.VERVOLG_NODIG);

        assertTrue(anouk.sync().ok());
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());

        List<PlanGoal> mine = anouk.store.plans().coachingsplan(job.id(), new HalfYear(2026, 1));
        List<PlanGoal> theirs = lotte.store.plans().coachingsplan(job.id(), new HalfYear(2026, 1));
        assertEquals(2, theirs.size());
        assertEquals(Set.copyOf(mine), Set.copyOf(theirs));
        assertEquals(GoalOutcome.VERVOLG_NODIG, lotte.store.plans().findGoal(ended.id()).orElseThrow().outcome());
    }
}
