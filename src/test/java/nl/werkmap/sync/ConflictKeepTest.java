package nl.werkmap.sync;

import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.candidate.CandidateSync;
import nl.werkmap.sync.candidate.CandidateSyncState;
import nl.werkmap.sync.candidate.CaseloadSyncMarks;
import nl.werkmap.sync.candidate.OpenConflict;

/**
 * "Deze houden" closes a conflict everywhere, through the hub: Anouk's laptop, her second laptop and her team lead
 * Lotte all show the same conflict; Anouk keeps the current value while offline; after her laptop syncs, the
 * conflict closes on Lotte's laptop and on Anouk's other laptop at their next sync. The decision survives closing
 * and reopening the app before the sync. Real caseload files, a real hub on loopback.
 */
class ConflictKeepTest {

    @TempDir
    Path dir;
    HubFixture hub;
    Laptop anouk;
    Laptop anouksOther;
    Laptop lotte;
    Candidate sanne;

    @BeforeEach
    void start() throws Exception {
        hub = new HubFixture(dir, "gemeente-a");
        anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
        anouksOther = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
        lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord");
        for (Laptop laptop : laptops()) {
            assertTrue(laptop.sync().ok());
        }
        sanne = anouk.newCandidate("Sanne de Vries");
        syncAll();

        // Anouk sets INTAKE, Lotte sets ACTIEF_TRAJECT a moment later without having seen it: Anouk's value loses.
        anouk.store.candidates().save(sanne.withStatus(CandidateStatus.INTAKE, null, null, null));
        Thread.sleep(5);
        lotte.store.candidates().save(lotte.candidate(sanne.id()).orElseThrow()
                .withStatus(CandidateStatus.ACTIEF_TRAJECT, null, null, null));
        syncAll();
        syncAll();
        for (Laptop laptop : laptops()) {
            List<OpenConflict> open = at(laptop).open(sanne.id());
            assertEquals(1, open.size(), "every laptop that sees Sanne shows the conflict");
            assertEquals(CandidateStatus.INTAKE.name(), open.get(0).otherValue());
        }
    }

    @AfterEach
    void stop() {
        laptops().forEach(Laptop::close);
        hub.close();
    }

    private List<Laptop> laptops() {
        return List.of(anouk, anouksOther, lotte);
    }

    private void syncAll() {
        for (Laptop laptop : laptops()) {
            SyncReport report = laptop.sync();
            assertTrue(report.ok(), report.error());
        }
    }

    private static CandidateSync at(Laptop laptop) {
        return new CandidateSync(laptop.store, laptop.sealer, Clock.systemUTC());
    }

    @Test
    void keepingOfflineClosesTheConflictForTheTeamLeadAndTheOtherLaptopAfterSync() {
        anouk.offline();
        at(anouk).keep(at(anouk).open(sanne.id()).get(0).id());
        assertTrue(at(anouk).open(sanne.id()).isEmpty(), "closed here at once");
        assertEquals(CandidateSyncState.PENDING, at(anouk).state(sanne.id()), "the choice waits for the hub");
        assertEquals(1, at(anouk).unsentDecisions(sanne.id()));
        assertEquals(CandidateSyncState.PENDING, new CaseloadSyncMarks(anouk.store).read().stateOf(sanne.id()),
                "the caseload list marks it as the page does");

        assertFalse(anouk.sync().ok(), "no network");
        assertEquals(1, anouk.engine.outbox().pendingChanges(), "the decision is still to be sent");
        assertEquals(1, at(lotte).open(sanne.id()).size());

        anouk.newEngine(Clock.systemUTC()); // back online
        assertTrue(anouk.sync().ok());
        assertEquals(0, anouk.engine.outbox().pendingChanges());
        assertEquals(CandidateSyncState.SENT, at(anouk).state(sanne.id()));
        assertEquals(CandidateSyncState.SENT, new CaseloadSyncMarks(anouk.store).read().stateOf(sanne.id()));

        assertTrue(lotte.sync().ok());
        assertTrue(at(lotte).open(sanne.id()).isEmpty(), "closed for the team lead");
        assertTrue(anouksOther.sync().ok());
        assertTrue(at(anouksOther).open(sanne.id()).isEmpty(), "closed on Anouk's other laptop");
        for (Laptop laptop : laptops()) {
            assertEquals(CandidateStatus.ACTIEF_TRAJECT, laptop.candidate(sanne.id()).orElseThrow().status(),
                    "keeping writes nothing");
            assertEquals(Integer.valueOf(1), laptop.store.read(dsl -> dsl.fetchCount(SYNC_CONFLICT,
                    SYNC_CONFLICT.RESOLVED_AT.isNotNull())), "resolved, not deleted");
        }
        syncAll();
        for (Laptop laptop : laptops()) {
            assertTrue(at(laptop).open(sanne.id()).isEmpty(), "and it stays closed");
        }
    }

    @Test
    void aDecisionMadeBeforeTheAppClosedIsSentAfterItOpensAgain() {
        at(anouk).keep(at(anouk).open(sanne.id()).get(0).id());
        anouk.restart();

        assertTrue(at(anouk).open(sanne.id()).isEmpty());
        assertEquals(1, anouk.engine.outbox().pendingChanges(), "the decision outlived the restart");
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        assertTrue(anouksOther.sync().ok());
        assertTrue(at(lotte).open(sanne.id()).isEmpty());
        assertTrue(at(anouksOther).open(sanne.id()).isEmpty());
    }

    @Test
    void theTeamLeadsKeepClosesItForTheCoach() {
        at(lotte).keep(at(lotte).open(sanne.id()).get(0).id());
        assertTrue(lotte.sync().ok());
        assertTrue(anouk.sync().ok());
        assertTrue(at(anouk).open(sanne.id()).isEmpty());
    }
}
