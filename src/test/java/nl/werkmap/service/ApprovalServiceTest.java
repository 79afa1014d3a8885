package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.HOURS_APPROVAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.HoursApproval;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/** A team lead approves a coach's week only without open flags; an approved week is locked except with a reason. */
class ApprovalServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate DAY = MONDAY.plusDays(1);

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Coach coach;
    private Coach lead;
    private Candidate anna;
    private Candidate bram;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        coach = Samples.coach("Fatima Yilmaz");
        lead = new Coach(RecordIds.next(), "Lotte Smit", CoachRole.TEAMLEIDER, "Noord", null);
        store.coaches().save(coach);
        store.coaches().save(lead);
        anna = Samples.candidate("Anna de Boer", coach.id());
        bram = Samples.candidate("Bram Visser", coach.id());
        store.candidates().save(anna);
        store.candidates().save(bram);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CoachingSession session(Candidate who, int hour, int minutes, String dayReason) {
        return new CoachingSession(RecordIds.next(), who.id(), null, coach.id(), DAY.atTime(hour, 0), minutes,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, minutes / 60.0,
                null, new SessionLogboek(CoachingActivity.BEGELEIDEN_OP_HET_WERK, Set.of(), 0, null, 1, DAY,
                dayReason));
    }

    @Test
    void aWeekWithAnOverlapIsRefusedUntilItIsCorrected() {
        SessionService sessions = new SessionService(store);
        CoachingSession a = session(anna, 9, 60, null);
        CoachingSession b = session(bram, 9, 60, null);
        sessions.logSession(a, null);
        sessions.logSession(b, null);
        ApprovalService approvals = new ApprovalService(() -> store);

        RefusedException refused = assertThrows(RefusedException.class,
                () -> approvals.approve(coach.id(), MONDAY, lead.id(), MONDAY.plusDays(7)));
        assertEquals(ApprovalService.OPEN_FLAGS, refused.problems().get(0).messageKey());
        assertEquals(0, (int) store.read(dsl -> dsl.fetchCount(HOURS_APPROVAL)));

        sessions.correct(new CoachingSession(b.id(), b.candidateId(), null, coach.id(), DAY.atTime(11, 0), 60,
                b.location(), b.type(), b.attendees(), null, null, null, 1.0, null, b.logboek()));
        HoursApproval approval = approvals.approve(coach.id(), MONDAY, lead.id(), MONDAY.plusDays(7));
        assertEquals(lead.id(), approval.approvedBy());
        assertEquals(approval, approvals.approve(coach.id(), MONDAY, lead.id(), MONDAY.plusDays(8)), "once only");
    }

    @Test
    void onlyATeamLeadApproves() {
        RefusedException refused = assertThrows(RefusedException.class,
                () -> new ApprovalService(() -> store).approve(coach.id(), MONDAY, coach.id(), MONDAY.plusDays(7)));
        assertEquals(ApprovalService.NOT_A_TEAM_LEAD, refused.problems().get(0).messageKey());
    }

    @Test
    void anApprovedWeekIsLockedAndACorrectionNeedsAReason() {
        SessionService sessions = new SessionService(store);
        CoachingSession a = session(anna, 9, 60, null);
        sessions.logSession(a, null);
        new ApprovalService(() -> store).approve(coach.id(), MONDAY, lead.id(), MONDAY.plusDays(7));

        CoachingSession longer = new CoachingSession(a.id(), a.candidateId(), null, coach.id(), a.startsAt(), 90,
                a.location(), a.type(), a.attendees(), null, null, null, 1.5, null, a.logboek());
        var refused = assertThrows(SessionService.InvalidSession.class, () -> sessions.correct(longer));
        assertEquals(SessionService.WEEK_APPROVED, refused.problems().get(0).messageKey());
        assertEquals(1.0, store.sessions().find(a.id()).orElseThrow().hoursAccounted(), 1e-9, "nothing changed");
        var deleteRefused = assertThrows(SessionService.InvalidSession.class, () -> sessions.delete(a.id()));
        assertEquals(SessionService.WEEK_APPROVED_LOCKED, deleteRefused.problems().get(0).messageKey());
        var stateRefused = assertThrows(SessionService.InvalidSession.class, () -> sessions.changeState(a.id(),
                nl.werkmap.domain.AppointmentState.NIET_DOORGEGAAN, null));
        assertEquals(SessionService.WEEK_APPROVED_LOCKED, stateRefused.problems().get(0).messageKey());
        assertTrue(store.sessions().find(a.id()).isPresent(), "still there");
        assertThrows(SessionService.InvalidSession.class,
                () -> sessions.logSession(session(bram, 14, 60, null), null), "no new hours in an approved week");

        String reason = "Uitloop vergeten, bevestigd door werkgever";
        sessions.correct(longer.withLogboek(longer.logboek().withCorrectionReason(reason)));
        CoachingSession stored = store.sessions().find(a.id()).orElseThrow();
        assertEquals(1.5, stored.hoursAccounted(), 1e-9);
        assertEquals(reason, stored.logboek().correctionReason());
        assertTrue(sessions.correct(stored) == nl.werkmap.store.SaveOutcome.UNCHANGED, "an unchanged retry passes");
    }
}
