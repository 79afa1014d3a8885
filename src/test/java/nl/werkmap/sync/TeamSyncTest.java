package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;

/** Two coaches and a team lead edit offline, reconnect in random orders, and all end up with the same caseload. */
class TeamSyncTest {

    @TempDir
    Path dir;
    HubFixture hub;
    Laptop anouk;
    Laptop bram;
    Laptop lotte;

    @BeforeEach
    void start() throws Exception {
        hub = new HubFixture(dir, "gemeente-a");
        anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
        bram = new Laptop(dir, hub, "Bram", HubRole.WERKCOACH, "noord");
        lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord");
        for (Laptop laptop : List.of(anouk, bram, lotte)) {
            assertTrue(laptop.sync().ok(), "first sync brings the coach rows");
        }
    }

    @AfterEach
    void stop() {
        for (Laptop laptop : List.of(anouk, bram, lotte)) {
            laptop.close();
        }
        hub.close();
    }

    @Test
    void offlineEditsConvergeInAnyReconnectOrderAndTheLeadSeesTheTeam() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        Candidate youssef = bram.newCandidate("Youssef El Amrani");
        Candidate noor = anouk.newCandidate("Noor Jansen");
        anouk.store.candidates().save(noor.withPersonal(PersonalDetails.named("Noor Jansen-Bakker")));

        List<Laptop> order = new ArrayList<>(List.of(anouk, bram, lotte));
        Collections.shuffle(order, new Random(7));
        for (int round = 0; round < 2; round++) {
            for (Laptop laptop : order) {
                SyncReport report = laptop.sync();
                assertTrue(report.ok(), report.error());
            }
            Collections.shuffle(order, new Random(round));
        }

        assertEquals("Sanne de Vries", lotte.candidate(sanne.id()).orElseThrow().personal().fullName());
        assertEquals("Youssef El Amrani", lotte.candidate(youssef.id()).orElseThrow().personal().fullName());
        assertEquals("Noor Jansen-Bakker", lotte.candidate(noor.id()).orElseThrow().personal().fullName());
        assertTrue(bram.candidate(sanne.id()).isEmpty(), "a coach sees only their own caseload");
        assertTrue(anouk.candidate(youssef.id()).isEmpty());
        assertEquals(0, anouk.engine.outbox().pendingChanges());
    }

    @Test
    void concurrentEditOfOneFieldConvergesAndKeepsTheLoserAsConflict() throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        anouk.sync();
        lotte.sync();
        Candidate onLead = lotte.candidate(sanne.id()).orElseThrow();

        anouk.store.candidates().save(sanne.withStatus(CandidateStatus.INTAKE, null, null, null));
        Thread.sleep(5);
        lotte.store.candidates().save(onLead.withStatus(CandidateStatus.ACTIEF_TRAJECT, null, null, null));

        lotte.sync();
        anouk.sync();
        lotte.sync();

        assertEquals(CandidateStatus.ACTIEF_TRAJECT, anouk.candidate(sanne.id()).orElseThrow().status());
        assertEquals(CandidateStatus.ACTIEF_TRAJECT, lotte.candidate(sanne.id()).orElseThrow().status());
        SyncStatus status = new SyncService(anouk.store, anouk.sealer, java.time.Clock.systemUTC(), Runnable::run,
                url -> null).status();
        assertEquals(1, status.openConflicts(), "Anouk's INTAKE lost and is kept for her to see");
        assertEquals(0, status.pendingChanges());
        assertTrue(status.enrolled());
    }

    /**
     * Anouk's edit was acknowledged by the hub before Lotte's newer, concurrent one came in: her laptop then has no
     * unsent edit to clash with, so only the hub can see the concurrency (by Lotte's base stamp). In both orders
     * the value converges and Anouk's lost INTAKE shows on the record, on her laptop and on Lotte's, once.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "Anouk syncs first: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void aConcurrentEditIsNeverDroppedWhicheverLaptopSyncsFirst(boolean anoukFirst) throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        anouk.sync();
        lotte.sync();
        Candidate onLead = lotte.candidate(sanne.id()).orElseThrow();

        anouk.store.candidates().save(sanne.withStatus(CandidateStatus.INTAKE, null, null, null));
        Thread.sleep(5);
        lotte.store.candidates().save(onLead.withStatus(CandidateStatus.ACTIEF_TRAJECT, null, null, null));

        List<Laptop> order = anoukFirst ? List.of(anouk, lotte, anouk, lotte) : List.of(lotte, anouk, lotte, anouk);
        for (Laptop laptop : order) {
            SyncReport report = laptop.sync();
            assertTrue(report.ok(), report.error());
        }
        anouk.sync(); // a further round brings nothing new and must not repeat the conflict

        for (Laptop laptop : List.of(anouk, lotte)) {
            assertEquals(CandidateStatus.ACTIEF_TRAJECT, laptop.candidate(sanne.id()).orElseThrow().status());
            List<nl.werkmap.sync.candidate.OpenConflict> open = new nl.werkmap.sync.candidate.CandidateSync(
                    laptop.store, laptop.sealer, java.time.Clock.systemUTC()).open(sanne.id());
            assertEquals(1, open.size(), "one visible conflict on the record");
            assertEquals("status", open.get(0).field());
            assertEquals(CandidateStatus.INTAKE.name(), open.get(0).otherValue());
        }
    }

    @Test
    void takingTheLosingValueIsNoNewConflict() throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        anouk.sync();
        lotte.sync();
        Candidate onLead = lotte.candidate(sanne.id()).orElseThrow();
        anouk.store.candidates().save(sanne.withStatus(CandidateStatus.INTAKE, null, null, null));
        Thread.sleep(5);
        lotte.store.candidates().save(onLead.withStatus(CandidateStatus.ACTIEF_TRAJECT, null, null, null));
        anouk.sync();
        lotte.sync();
        anouk.sync();

        nl.werkmap.sync.candidate.CandidateSync onAnouk = new nl.werkmap.sync.candidate.CandidateSync(anouk.store,
                anouk.sealer, java.time.Clock.systemUTC());
        onAnouk.useOther(onAnouk.open(sanne.id()).get(0).id());
        anouk.sync();
        lotte.sync();

        assertEquals(CandidateStatus.INTAKE, lotte.candidate(sanne.id()).orElseThrow().status());
        assertTrue(onAnouk.open(sanne.id()).isEmpty());
        assertTrue(new nl.werkmap.sync.candidate.CandidateSync(lotte.store, lotte.sealer,
                java.time.Clock.systemUTC()).open(sanne.id()).isEmpty(),
                "taking the other value settles the conflict for the team lead too, and adds none");
    }

    @Test
    void aLostSealedValueArrivesOpenedOnTheOtherLaptop() throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        anouk.sync();
        lotte.sync();
        Candidate onLead = lotte.candidate(sanne.id()).orElseThrow();
        anouk.store.candidates().save(sanne.withPersonal(PersonalDetails.named("Sanne de Vries-Smit")));
        Thread.sleep(5);
        lotte.store.candidates().save(onLead.withPersonal(PersonalDetails.named("Sanne Vries")));
        anouk.sync();
        lotte.sync();
        anouk.sync();

        assertEquals("Sanne Vries", anouk.candidate(sanne.id()).orElseThrow().personal().fullName());
        List<String> lost = new nl.werkmap.sync.candidate.CandidateSync(anouk.store, anouk.sealer,
                java.time.Clock.systemUTC()).open(sanne.id()).stream()
                .map(nl.werkmap.sync.candidate.OpenConflict::otherValue).toList();
        assertTrue(lost.contains("Sanne de Vries-Smit"), lost.toString());
    }
}
