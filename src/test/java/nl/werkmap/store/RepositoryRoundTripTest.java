package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;

/** Every repository gives back exactly what it was given, through a real SQLite file and real sealing. */
class RepositoryRoundTripTest {

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Coach coach;
    private Candidate candidate;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        coach = Samples.coach("Ans Visser");
        store.coaches().save(coach);
        candidate = Samples.candidate("Sanne de Jong", coach.id());
        store.candidates().save(candidate);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void candidate() {
        assertEquals(candidate, store.candidates().find(candidate.id()).orElseThrow());
    }

    @Test
    void bareCandidateWithoutSchoolStaysWithoutSchool() {
        Candidate bare = Samples.bareCandidate("Kees Kist");
        store.candidates().save(bare);
        Candidate back = store.candidates().find(bare.id()).orElseThrow();
        assertEquals(bare, back);
        assertNull(back.school());
    }

    @Test
    void coach() {
        assertEquals(coach, store.coaches().find(coach.id()).orElseThrow());
        assertEquals(List.of(coach), store.coaches().all());
    }

    @Test
    void consent() {
        Consent consent = Samples.consent(candidate.id());
        store.consents().save(consent);
        assertEquals(consent, store.consents().find(consent.id()).orElseThrow());
        assertEquals(List.of(consent), store.consents().forCandidate(candidate.id()));
    }

    @Test
    void planGoalsAndActions() {
        PlanGoal goal = Samples.goal(candidate.id());
        PlanAction action = Samples.action(candidate.id(), goal.id(), null);
        store.plans().saveGoal(goal);
        store.plans().saveAction(action);
        assertEquals(List.of(goal), store.plans().goalsOf(candidate.id()));
        assertEquals(List.of(action), store.plans().actionsOf(candidate.id()));
        assertEquals(action, store.plans().findAction(action.id()).orElseThrow());
    }

    @Test
    void ladderAndZrmMeasurements() {
        LadderMeasurement ladder = Samples.ladder(candidate.id());
        ZrmMeasurement zrm = Samples.zrm(candidate.id());
        store.measurements().saveLadder(ladder);
        store.measurements().saveZrm(zrm);
        assertEquals(List.of(ladder), store.measurements().ladderOf(candidate.id()));
        ZrmMeasurement back = store.measurements().zrmOf(candidate.id()).get(0);
        assertEquals(zrm, back);
        assertEquals(zrm.scores(), back.scores());
    }

    @Test
    void employerPlacementAndContacts() {
        Employer employer = Samples.employer();
        Placement placement = Samples.placement(candidate.id(), employer.id());
        EmployerContact buddy = Samples.buddy(placement.id());
        store.employers().save(employer);
        store.placements().save(placement);
        store.employerContacts().save(buddy);
        assertEquals(employer, store.employers().find(employer.id()).orElseThrow());
        assertEquals(List.of(placement), store.placements().forCandidate(candidate.id()));
        assertEquals(List.of(placement), store.placements().atEmployer(employer.id()));
        assertEquals(List.of(buddy), store.employerContacts().forPlacement(placement.id()));
    }

    @Test
    void sessionsNewestFirst() {
        CoachingSession older = Samples.session(candidate.id(), null, coach.id(), LocalDateTime.of(2024, 5, 1, 9, 30));
        CoachingSession newer = Samples.session(candidate.id(), null, coach.id(), LocalDateTime.of(2024, 6, 1, 14, 0));
        store.sessions().save(older);
        store.sessions().save(newer);
        assertEquals(List.of(newer, older), store.sessions().forCandidate(candidate.id()));
    }

    @Test
    void bulkInsertReadsBackLikeSingleSaves() {
        List<Candidate> many = List.of(Samples.candidate("Een", coach.id()), Samples.candidate("Twee", null));
        store.candidates().insertAll(many);
        for (Candidate c : many) {
            assertEquals(c, store.candidates().find(c.id()).orElseThrow());
        }
        assertTrue(store.changeLog().unsentCount() > 0);
    }
}
