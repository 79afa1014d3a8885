package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.domain.match.Criterium;
import nl.werkmap.domain.match.Fit;
import nl.werkmap.domain.match.PostcodeReistijd;
import nl.werkmap.domain.match.Reisschatting;
import nl.werkmap.domain.match.Uitleg;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/**
 * The employer's SBI section (V35) is stored and counts for a baankans that names none; travel comes from the
 * shipped postcode table; a coachable non-fit becomes one plan goal, change-logged, and a fit or a wish does not.
 */
class MatchServicesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Candidate sanne;
    private Baankans job;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        sanne = Samples.bareCandidate("Sanne de Vries");
        store.candidates().save(sanne);
        new ProfielService(() -> store, CLOCK).save(ProfielSamples.complete(sanne.id()), List.of());
        Employer zon = new Employer(UUID.randomUUID(), "Restaurant De Zon", null, EmployerSector.MARKT, "Horeca",
                new Address("Oudegracht 1", "3511 CD", "Utrecht"), null, "I");
        store.employers().save(zon);
        job = BaankansServiceTest.carved(zon.id(), 28.0, 32.0, "9412");
        job = new Baankans(job.id(), job.employerId(), job.title(), job.iscoCode(), null, "3512 AA", job.hoursMin(),
                job.hoursMax(), job.days(), job.dagdelen(), job.start(), BaankansStatus.OPEN, job.tasks(),
                job.minimumNiveau(), false, job.supportOffered(), "Utrecht", job.werkprofiel(), job.carvedFrom());
        new BaankansService(() -> store).save(job);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theEmployersSectionIsStoredAndCountsForABaankansWithoutOne() {
        assertEquals("I", store.employers().find(job.employerId()).orElseThrow().sbiSection());
        var ranked = new MatchService(() -> store, PostcodeReistijd.shipped()).baankansenFor(sanne.id());
        assertEquals(1, ranked.size());
        Uitleg sector = ranked.get(0).match().on(Criterium.SECTOR);
        assertEquals(Fit.PAST, sector.fit(), sector.toString());
        assertEquals(List.of("I"), sector.facts());
        Uitleg travel = ranked.get(0).match().on(Criterium.REISTIJD);
        assertEquals(Fit.PAST, travel.fit(), travel.toString());
        assertEquals(Reisschatting.Basis.POSTCODE, ((Reisschatting) travel.facts().get(2)).basis());
        assertEquals("Restaurant De Zon, Utrecht", ranked.get(0).detail());

        var candidates = new MatchService(() -> store, PostcodeReistijd.shipped()).kandidatenFor(job.id());
        assertEquals(List.of(sanne.id()), candidates.stream().map(r -> r.match().candidateId()).toList());
    }

    @Test
    void aCoachableNonFitBecomesOneChangeLoggedGoal() {
        Uitleg hours = new MatchService(() -> store, PostcodeReistijd.shipped()).baankansenFor(sanne.id()).get(0)
                .match().on(Criterium.UREN);
        assertEquals(Fit.DEELS, hours.fit(), "asks 28, can do 24: partly");
        MatchGoalService goals = new MatchGoalService(() -> store, CLOCK);
        int before = store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("plan_goal")));
        PlanGoal goal = goals.addGoal(sanne.id(), hours, "Uren opbouwen naar 28");
        assertEquals(GoalStatus.OPEN, goal.status());
        assertEquals(LocalDate.of(2027, 3, 4), goal.targetDate(), "three months out");
        assertEquals(List.of(goal), store.plans().goalsOf(sanne.id()));
        assertTrue(store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("plan_goal"))) > before,
                "change-logged, so it syncs");
        assertEquals(goal, goals.addGoal(sanne.id(), hours, "Uren opbouwen naar 28"), "a second click: same goal");
        assertEquals(1, store.plans().goalsOf(sanne.id()).size());
    }

    @Test
    void aFitOrAWishIsNoGoal() {
        MatchGoalService goals = new MatchGoalService(() -> store, CLOCK);
        Uitleg fits = new Uitleg(Criterium.REISTIJD, Fit.PAST, "match.reistijd.fits", List.of());
        Uitleg sector = new Uitleg(Criterium.SECTOR, Fit.PAST_NIET, "match.sector.notWished", List.of());
        RefusedException refused = assertThrows(RefusedException.class, () -> goals.addGoal(sanne.id(), fits, "x"));
        assertEquals(MatchGoalService.NOT_COACHABLE, refused.problems().get(0).messageKey());
        assertThrows(RefusedException.class, () -> goals.addGoal(sanne.id(), sector, "x"));
        Uitleg far = new Uitleg(Criterium.REISTIJD, Fit.PAST_NIET, "match.reistijd.tooFar", List.of());
        RefusedException gone = assertThrows(RefusedException.class,
                () -> goals.addGoal(UUID.randomUUID(), far, "Leren reizen"));
        assertEquals(MatchGoalService.NO_CANDIDATE, gone.problems().get(0).messageKey());
        assertTrue(store.plans().goalsOf(sanne.id()).isEmpty(), "nothing written");
    }
}
