package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.ContactPerson;
import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.candidate.CandidateSync;
import nl.werkmap.sync.candidate.CandidateSyncState;
import nl.werkmap.sync.candidate.CaseloadSyncMarks;
import nl.werkmap.sync.candidate.SyncMarks;

/**
 * The caseload's sync marks on real laptops and a real hub: a change to a candidate's session, placement or buddy
 * contact marks that candidate (and no other) until the hub acknowledges it; a concurrent edit marks a conflict; and
 * for every candidate the marks say what {@link CandidateSync#state} says on the candidate's own page.
 */
class CaseloadSyncMarksTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;
    HubFixture hub;
    Laptop anouk;
    Laptop lotte;

    @BeforeEach
    void start() throws Exception {
        hub = new HubFixture(dir, "gemeente-a");
        anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
        lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord");
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
    }

    @AfterEach
    void stop() {
        anouk.close();
        lotte.close();
        hub.close();
    }

    private SyncMarks marks() {
        return new CaseloadSyncMarks(anouk.store).read();
    }

    @Test
    void aLaptopThatIsNotLinkedMarksNobody() {
        try (CaseloadStore alone = CaseloadStore.open(dir.resolve("alone.db"), TestVault.sealer())) {
            Candidate c = Candidate.register(UUID.randomUUID(), "Piet Smit", DAY);
            alone.candidates().save(c);
            SyncMarks marks = new CaseloadSyncMarks(alone).read();
            assertFalse(marks.linked());
            assertEquals(CandidateSyncState.NOT_LINKED, marks.stateOf(c.id()));
        }
    }

    @Test
    void changesToRowsOfACandidateMarkThatCandidateUntilTheHubHasThem() throws Exception {
        Candidate noor = anouk.newCandidate("Noor Jansen");
        Candidate piet = anouk.newCandidate("Piet Smit");
        Candidate quiet = anouk.newCandidate("Iris Bakker");
        assertEquals(Set.of(noor.id(), piet.id(), quiet.id()), marks().pending(), "new candidates wait to go out");
        assertTrue(anouk.sync().ok());
        assertEquals(Set.of(), marks().pending(), "acknowledged by the hub");
        assertEquals(CandidateSyncState.SENT, marks().stateOf(noor.id()));

        anouk.store.sessions().save(session(noor.id()));
        Employer employer = new Employer(UUID.randomUUID(), "Zorggroep Oost", null, EmployerSector.MARKT, "zorg",
                new Address("Industrieweg 1", "8011 AA", "Zwolle"), new ContactPerson("Kees", "038-1234567", null));
        anouk.store.employers().save(employer);
        Placement placement = placement(piet.id(), employer.id());
        anouk.store.placements().save(placement);
        assertEquals(Set.of(noor.id(), piet.id()), marks().pending(),
                "a session and a placement count for their candidate; an employer for nobody");
        sameAsTheCandidatePage(noor, piet, quiet);

        assertTrue(anouk.sync().ok());
        assertEquals(Set.of(), marks().pending());
        anouk.store.employerContacts().save(new EmployerContact(UUID.randomUUID(), placement.id(), "Buddy Bram",
                ContactRole.BUDDY, "06-12345678", null, "ma-vr", null, DAY));
        assertEquals(Set.of(piet.id()), marks().pending(), "a buddy contact counts through its placement");
        sameAsTheCandidatePage(noor, piet, quiet);
    }

    @Test
    void aConcurrentEditMarksAConflictUntilItIsResolved() throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        Candidate noor = anouk.newCandidate("Noor Jansen");
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        anouk.store.candidates().save(sanne.withPersonal(PersonalDetails.named("Sanne de Vries-Kok")));
        Thread.sleep(5);
        lotte.store.candidates().save(lotte.candidate(sanne.id()).orElseThrow()
                .withPersonal(PersonalDetails.named("Sanne Kok")));
        assertTrue(lotte.sync().ok());
        assertTrue(anouk.sync().ok());

        SyncMarks marks = marks();
        assertEquals(Set.of(sanne.id()), marks.conflicts());
        assertEquals(CandidateSyncState.CONFLICT, marks.stateOf(sanne.id()));
        assertEquals(CandidateSyncState.SENT, marks.stateOf(noor.id()));
        sameAsTheCandidatePage(sanne, noor);

        CandidateSync page = new CandidateSync(anouk.store, anouk.sealer, Clock.systemUTC());
        page.useOther(page.open(sanne.id()).get(0).id());
        assertEquals(Set.of(), marks().conflicts(), "resolved");
        assertEquals(CandidateSyncState.PENDING, marks().stateOf(sanne.id()), "the choice is a new edit to send");
        sameAsTheCandidatePage(sanne, noor);
    }

    private void sameAsTheCandidatePage(Candidate... candidates) {
        CandidateSync page = new CandidateSync(anouk.store, anouk.sealer, Clock.systemUTC());
        SyncMarks marks = marks();
        for (Candidate c : List.of(candidates)) {
            assertEquals(page.state(c.id()), marks.stateOf(c.id()), c.personal().fullName());
        }
    }

    private CoachingSession session(UUID candidate) {
        return new CoachingSession(UUID.randomUUID(), candidate, null, anouk.coachId(), LocalDateTime.of(DAY,
                java.time.LocalTime.of(9, 30)), 45, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                EnumSet.of(Attendee.KANDIDAAT), "Ging goed", null, "Over twee weken weer", 1.0);
    }

    private static Placement placement(UUID candidate, UUID employer) {
        return new Placement(UUID.randomUUID(), candidate, employer, "Medewerker", PlacementType.DIENSTVERBAND, DAY,
                DAY.plusYears(1), null, null, null, 24, false, null, 60, DAY, true, true, 1, null, null, null);
    }
}
