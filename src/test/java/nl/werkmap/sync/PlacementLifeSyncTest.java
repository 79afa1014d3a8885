package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.LoonwaardeMethod;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.service.NewPlacementService;
import nl.werkmap.service.PlacementService;
import nl.werkmap.store.Samples;

/**
 * A placement through its life on one laptop reaches the team lead's through the hub: the dienstverband after the
 * proefplaatsing with its link, and the loonwaarde measurement with its sealed assessor and note.
 */
class PlacementLifeSyncTest {

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
    void aContractAfterATrialAndItsLoonwaardeSync() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        Employer employer = Samples.employer();
        LocalDate start = LocalDate.of(2026, 9, 1);
        Placement trial = new Placement(RecordIds.next(), sanne.id(), employer.id(), "Medewerker", PlacementType.PROEFPLAATSING,
                start, start.plusMonths(2).minusDays(1), null, null, null, 20, false, null, null, null, false, false,
                null, null, null, null);
        new NewPlacementService(() -> anouk.store).place(employer, trial, Samples.buddy(trial.id()));
        PlacementService placements = new PlacementService(() -> anouk.store);
        UUID contractId = RecordIds.next();
        placements.convertToDienstverband(trial.id(), contractId, start.plusMonths(2), null, 24);
        LoonwaardeMeasurement m = new LoonwaardeMeasurement(RecordIds.next(), sanne.id(), contractId,
                start.plusMonths(3), 60, LoonwaardeMethod.DARIUZ, "J. de Boer", start.plusMonths(9), true, 900.0,
                "Werkt sneller dan verwacht");
        placements.recordLoonwaarde(m);

        SyncReport up = anouk.sync();
        assertTrue(up.ok(), up.error());
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());

        assertEquals(List.of(m), lotte.store.loonwaarde().forPlacement(contractId));
        Placement contract = lotte.store.placements().find(contractId).orElseThrow();
        assertEquals(trial.id(), contract.followsPlacementId());
        assertEquals(start.plusMonths(9), contract.loonwaardeNextOn());
        assertEquals(60, contract.loonwaardePct());
    }

    @Test
    void aMissedAppointmentSyncsWithItsStateAndReason() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        java.time.LocalDateTime at = java.time.LocalDateTime.now().minusDays(1).withSecond(0).withNano(0);
        nl.werkmap.domain.CoachingSession planned = new nl.werkmap.domain.CoachingSession(RecordIds.next(),
                sanne.id(), null, sanne.coachId(), at, 45, nl.werkmap.domain.SessionLocation.WERKPLEK,
                nl.werkmap.domain.SessionType.WERKPLEKBEZOEK, java.util.Set.of(), null, null, null, 0,
                "Bakkerij De Korenaar", nl.werkmap.domain.AppointmentState.GEPLAND, null);
        nl.werkmap.service.SessionService sessions = new nl.werkmap.service.SessionService(anouk.store);
        sessions.plan(planned);
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        assertEquals(planned, lotte.store.sessions().find(planned.id()).orElseThrow());

        sessions.changeState(planned.id(), nl.werkmap.domain.AppointmentState.NIET_DOORGEGAAN,
                nl.werkmap.domain.MissedReason.AFGEZEGD_DOOR_WERKGEVER);
        SyncReport up = anouk.sync();
        assertTrue(up.ok(), up.error());
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());
        nl.werkmap.domain.CoachingSession there = lotte.store.sessions().find(planned.id()).orElseThrow();
        assertEquals(nl.werkmap.domain.AppointmentState.NIET_DOORGEGAAN, there.state());
        assertEquals(nl.werkmap.domain.MissedReason.AFGEZEGD_DOOR_WERKGEVER, there.missedReason());
        assertEquals("Bakkerij De Korenaar", there.place());
    }
}
