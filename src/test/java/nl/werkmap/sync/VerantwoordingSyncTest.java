package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.service.GrantService;
import nl.werkmap.service.NewPlacementService;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.Samples;

/** A toekenning and a session's logboek reach the team lead's laptop through the hub, sealed fields included. */
class VerantwoordingSyncTest {

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
    void aGrantAndALogboekSync() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        Employer employer = Samples.employer();
        LocalDate start = LocalDate.of(2026, 1, 12);
        Placement job = new Placement(RecordIds.next(), sanne.id(), employer.id(), "Medewerker",
                PlacementType.DIENSTVERBAND, start, null, null, null, null, 24, false, null, 50, null, false, false,
                null, JobcoachType.GEMEENTE, JobcoachRegime.LICHT, null);
        new NewPlacementService(() -> anouk.store).place(employer, job, Samples.buddy(job.id()));
        JobcoachGrant grant = new JobcoachGrant(RecordIds.next(), sanne.id(), job.id(), JobcoachType.GEMEENTE,
                "GM0193", "Zwolle JC 2026/118", LocalDate.of(2026, 1, 8), new HalfYear(2026, 1),
                JobcoachRegime.LICHT, null, 24, 1, false, start, null);
        new GrantService(() -> anouk.store).save(grant);
        CoachingSession visit = new CoachingSession(RecordIds.next(), sanne.id(), job.id(), anouk.coachId(),
                start.plusDays(3).atTime(10, 0), 90, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                "Route gelopen", null, null, 1.5, null, new SessionLogboek(CoachingActivity.INTRODUCEREN, Set.of(),
                25, null, 1, start.plusDays(3), null));
        new SessionService(anouk.store).logSession(visit, null);

        assertTrue(anouk.sync().ok());
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());

        assertEquals(List.of(grant), lotte.store.grants().forPlacement(job.id()));
        assertEquals(visit, lotte.store.sessions().find(visit.id()).orElseThrow());

        // The team lead approves Anouk's week on her own laptop; the lock reaches Anouk's.
        LocalDate monday = start.plusDays(3).with(java.time.DayOfWeek.MONDAY);
        var approval = new nl.werkmap.service.ApprovalService(() -> lotte.store).approve(anouk.coachId(), monday,
                lotte.coachId(), monday.plusDays(7));
        assertTrue(lotte.sync().ok());
        assertTrue(anouk.sync().ok());
        var correction = new CoachingSession(visit.id(), visit.candidateId(), visit.placementId(), visit.coachId(),
                visit.startsAt(), 120, visit.location(), visit.type(), visit.attendees(), visit.wentWell(), null, null,
                2.0, null, visit.logboek());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(SessionService.InvalidSession.class,
                () -> new SessionService(anouk.store).correct(correction));
        assertEquals(SessionService.WEEK_APPROVED, refused.problems().get(0).messageKey(),
                "approval " + approval.id() + " locks the week on the coach's laptop too");
    }
}
