package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.JOBCOACH_GRANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.rules.PlausibilityFlag;
import nl.werkmap.domain.validation.GrantValidator;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/** Toekenningen and logboek through the service layer on a real caseload file: refusals, splits and the day check. */
class VerantwoordingServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Coach coach;
    private Candidate anna;
    private Candidate bram;
    private Placement annasJob;
    private Placement bramsJob;
    private Employer employer;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        coach = Samples.coach("Fatima Yilmaz");
        store.coaches().save(coach);
        anna = Samples.candidate("Anna de Boer", coach.id());
        bram = Samples.candidate("Bram Visser", coach.id());
        store.candidates().save(anna);
        store.candidates().save(bram);
        employer = Samples.employer();
        store.employers().save(employer);
        annasJob = job(anna);
        bramsJob = job(bram);
    }

    private Placement job(Candidate who) {
        Placement p = Samples.placement(who.id(), employer.id());
        p = new Placement(p.id(), who.id(), employer.id(), p.jobTitle(), p.type(),
                LocalDate.of(2026, 1, 5), null, null, null, null, 32, false, null, 60, null, false, false, null,
                JobcoachType.EXTERN_UWV, JobcoachRegime.MIDDEN, null);
        store.placements().save(p);
        return p;
    }

    @AfterEach
    void close() {
        store.close();
    }

    private JobcoachGrant grant(HalfYear period, JobcoachRegime regime, Double hours) {
        return new JobcoachGrant(RecordIds.next(), anna.id(), annasJob.id(), JobcoachType.EXTERN_UWV, null,
                "UWV-2026-0042", LocalDate.of(2025, 12, 20), period, regime, hours, 32, 1, false, null, null);
    }

    private static String only(RefusedException e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).messageKey();
    }

    private int rows(org.jooq.Table<?> table) {
        return store.read(dsl -> dsl.fetchCount(table));
    }

    @Test
    void aGrantIsStoredChangeLoggedAndReadBackWithItsSealedKenmerk() {
        GrantService service = new GrantService(() -> store);
        JobcoachGrant g = grant(new HalfYear(2026, 1), JobcoachRegime.MIDDEN, null);
        service.save(g);
        assertEquals(List.of(g), store.grants().forPlacement(annasJob.id()));
        assertTrue(store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("jobcoach_grant"))) > 5);
        byte[] stored = store.read(dsl -> dsl.select(JOBCOACH_GRANT.KENMERK).from(JOBCOACH_GRANT).fetchOne().value1());
        assertTrue(!new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains("UWV-2026"),
                "the kenmerk is sealed");
    }

    @Test
    void anOverlappingGrantForTheSamePlacementIsRefusedAndNothingIsSaved() {
        GrantService service = new GrantService(() -> store);
        service.save(grant(new HalfYear(2026, 1), JobcoachRegime.MIDDEN, null));
        int logBefore = rows(CHANGE_LOG);

        JobcoachGrant second = grant(new HalfYear(2026, 1), JobcoachRegime.LICHT, null);
        assertEquals(GrantValidator.OVERLAP, only(assertThrows(RefusedException.class, () -> service.save(second))));
        assertEquals(1, rows(JOBCOACH_GRANT));
        assertEquals(logBefore, rows(CHANGE_LOG));

        service.save(grant(new HalfYear(2026, 2), JobcoachRegime.LICHT, null));
        assertEquals(2, rows(JOBCOACH_GRANT), "the next half year does not overlap");
    }

    @Test
    void hoursBeyondTheLegalCeilingAreRefused() {
        GrantService service = new GrantService(() -> store);
        // 32 h, year 1: the ceiling is 15% × 1664 / 2 = 124,8 hours
        assertEquals(GrantValidator.BEYOND_CEILING, only(assertThrows(RefusedException.class,
                () -> service.save(grant(new HalfYear(2026, 1), null, 130.0)))));
        assertEquals(0, rows(JOBCOACH_GRANT));
        service.save(grant(new HalfYear(2026, 1), null, 124.8));
        assertEquals(1, rows(JOBCOACH_GRANT));
    }

    private CoachingSession session(Candidate who, Placement where, int hour, int minutes, String reason) {
        return new CoachingSession(RecordIds.next(), who.id(), where.id(), coach.id(), DAY.atTime(hour, 0), minutes,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, minutes / 60.0,
                null, new SessionLogboek(CoachingActivity.BEGELEIDEN_OP_HET_WERK, Set.of(), 0, null, 1, DAY, reason));
    }

    @Test
    void aCoachWithTwoClientsAddingUpToSeventeenHoursIsFlaggedAndNeedsAReason() {
        SessionService sessions = new SessionService(store);
        sessions.logSession(session(anna, annasJob, 6, 510, null), null);   // 06:00-14:30, 8,5 h
        HoursCheckService check = new HoursCheckService(() -> store);
        assertEquals(List.of(), check.flags(coach.id(), DAY, DAY), "Anna's day alone is fine");

        CoachingSession bramsEvening = session(bram, bramsJob, 15, 510, null); // 15:00-23:30, 8,5 h
        var refused = assertThrows(SessionService.InvalidSession.class, () -> sessions.logSession(bramsEvening, null));
        assertEquals(SessionService.DAY_REASON_NEEDED, refused.problems().get(0).messageKey());
        assertEquals(1, rows(COACHING_SESSION), "nothing saved without a reason");
        List<PlausibilityFlag> pending = check.withPending(bramsEvening);
        assertEquals(PlausibilityFlag.Kind.DAY_OVER_MAXIMUM, pending.get(0).kind());
        assertEquals(17.0, pending.get(0).hours(), 1e-9);

        sessions.logSession(session(bram, bramsJob, 15, 510, "Twee crisissen op één dag, met teamleider besproken"),
                null);
        List<PlausibilityFlag> flags = check.flags(coach.id(), DAY, DAY);
        assertEquals(1, flags.size());
        assertEquals(PlausibilityFlag.Kind.DAY_OVER_MAXIMUM, flags.get(0).kind());
        assertTrue(flags.get(0).resolved());
    }

    @Test
    void hoursBeforeThePlacementStartedAreRefused() {
        CoachingSession early = new CoachingSession(RecordIds.next(), anna.id(), annasJob.id(), coach.id(),
                LocalDateTime.of(2026, 1, 2, 9, 0), 60, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                null, null, null, 1.0);
        var refused = assertThrows(SessionService.InvalidSession.class,
                () -> new SessionService(store).logSession(early, null));
        assertEquals(SessionService.BEFORE_PLACEMENT, refused.problems().get(0).messageKey());
        assertEquals(0, rows(COACHING_SESSION));
    }

    @Test
    void aGroupSessionSplitsItsHoursEvenlyAndCountsOnceInTheCoachsDay() {
        UUID group = RecordIds.next();
        CoachingSession forAnna = new CoachingSession(RecordIds.next(), anna.id(), annasJob.id(), coach.id(),
                DAY.atTime(13, 0), 120, SessionLocation.KANTOOR, SessionType.EVALUATIE, Set.of(), null, null, null,
                2.0, null, new SessionLogboek(CoachingActivity.INWERKEN_EN_TRAINEN, Set.of(), 30, null, 1, DAY, null));
        CoachingSession forBram = new CoachingSession(RecordIds.next(), bram.id(), bramsJob.id(), coach.id(),
                DAY.atTime(13, 0), 120, SessionLocation.KANTOOR, SessionType.EVALUATIE, Set.of(), null, null, null,
                2.0, null, forAnna.logboek());
        new SessionService(store).logGroup(List.of(forAnna, forBram), group);

        CoachingSession stored = store.sessions().find(forAnna.id()).orElseThrow();
        assertEquals(1.0, stored.hoursAccounted(), 1e-9);
        assertEquals(15, stored.logboek().travelMinutes());
        assertEquals(2, stored.logboek().groupSize());
        assertEquals(group, stored.logboek().groupId());
        assertEquals(List.of(), new HoursCheckService(() -> store).flags(coach.id(), DAY, DAY),
                "one group session: no overlap with itself");
    }

    @Test
    void aGroupSessionIsCorrectedDeletedAndBroughtBackAsAWhole() {
        UUID group = RecordIds.next();
        SessionLogboek logboek = new SessionLogboek(CoachingActivity.INWERKEN_EN_TRAINEN, Set.of(), 30, null, 1, DAY,
                null);
        CoachingSession forAnna = new CoachingSession(RecordIds.next(), anna.id(), annasJob.id(), coach.id(),
                DAY.atTime(13, 0), 120, SessionLocation.KANTOOR, SessionType.EVALUATIE, Set.of(), null, null, null,
                2.0, null, logboek);
        CoachingSession forBram = new CoachingSession(RecordIds.next(), bram.id(), bramsJob.id(), coach.id(),
                DAY.atTime(13, 0), 120, SessionLocation.KANTOOR, SessionType.EVALUATIE, Set.of(), null, null, null,
                2.0, null, logboek);
        SessionService sessions = new SessionService(store);
        sessions.logGroup(List.of(forAnna, forBram), group);

        // Bram was not there after all, and the session took three hours: Anna gets all of it.
        CoachingSession annaAlone = new CoachingSession(forAnna.id(), anna.id(), annasJob.id(), coach.id(),
                DAY.atTime(13, 0), 180, SessionLocation.KANTOOR, SessionType.EVALUATIE, Set.of(), null, null, null,
                3.0, null, logboek);
        sessions.correctGroup(List.of(annaAlone), group);
        CoachingSession corrected = store.sessions().find(forAnna.id()).orElseThrow();
        assertEquals(3.0, corrected.hoursAccounted(), 1e-9);
        assertEquals(30, corrected.logboek().travelMinutes());
        assertEquals(1, corrected.logboek().groupSize());
        assertEquals(group, corrected.logboek().groupId());
        assertTrue(store.sessions().find(forBram.id()).isEmpty(), "Bram's share is gone");

        List<CoachingSession> deleted = sessions.deleteGroup(group);
        assertEquals(List.of(corrected), deleted);
        assertTrue(store.sessions().find(forAnna.id()).isEmpty());
        sessions.restoreGroup(deleted);
        assertEquals(corrected, store.sessions().find(forAnna.id()).orElseThrow(), "the undo brings it back as it was");
    }
}
