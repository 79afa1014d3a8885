package nl.werkmap.sync;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.SYNC_TRANSFERRED_AWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.merge.TransferredAway;

/**
 * The hub transfers a candidate from Anouk to Bram: the candidate and its rows leave Anouk's laptop without a
 * tombstone reaching the municipality, after her last unsent edit has gone out; Bram and the team lead keep it.
 */
class TransferTest {

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
    void aTransferredCandidateLeavesTheOldLaptopAfterItsLastEditWentOut() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        anouk.store.measurements().saveLadder(new LadderMeasurement(UUID.randomUUID(), sanne.id(),
                LocalDate.of(2026, 11, 2), Participatieladder.ONBETAALD_WERK));
        assertTrue(anouk.sync().ok());
        Candidate other = anouk.newCandidate("Noor Jansen");
        assertTrue(anouk.sync().ok());

        hub.hub.assign(sanne.id().toString(), bram.identity.coachId());
        // Anouk's last word before she syncs: it must reach the municipality, not vanish with the candidate.
        anouk.store.candidates().save(sanne.withPersonal(PersonalDetails.named("Sanne de Vries-Kok")));

        SyncReport report = anouk.sync();
        assertTrue(report.ok(), report.error());
        assertEquals(1, report.transferredAway());
        assertTrue(anouk.candidate(sanne.id()).isEmpty(), "the candidate left Anouk's laptop");
        assertTrue(anouk.candidate(other.id()).isPresent(), "her other candidates stay");
        assertEquals(Integer.valueOf(0), anouk.store.read(dsl -> dsl.fetchCount(LADDER_MEASUREMENT,
                LADDER_MEASUREMENT.CANDIDATE_ID.eq(sanne.id().toString()))), "its rows went too");
        assertEquals(Integer.valueOf(0), anouk.store.read(dsl -> dsl.fetchCount(CHANGE_LOG,
                CHANGE_LOG.ENTITY_ID.eq(sanne.id().toString()))), "and its log, so a transfer back arrives fresh");
        assertEquals(0, anouk.engine.outbox().pendingChanges(), "the removal itself is not a change to send");

        assertTrue(bram.sync().ok());
        assertTrue(lotte.sync().ok());
        Candidate atBram = bram.candidate(sanne.id()).orElseThrow();
        assertEquals("Sanne de Vries-Kok", atBram.personal().fullName(), "Anouk's last edit arrived");
        assertEquals("Sanne de Vries-Kok", lotte.candidate(sanne.id()).orElseThrow().personal().fullName(),
                "the team lead still has it: no tombstone went out");

        assertTrue(anouk.sync().ok());
        assertTrue(anouk.candidate(sanne.id()).isEmpty(), "nothing brings it back");
        assertTrue(anouk.candidate(other.id()).isPresent());
    }

    @Test
    void aCandidateWithAnUnsentChangeWaitsUntilTheHubHasIt() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        assertTrue(anouk.sync().ok());
        anouk.store.candidates().save(sanne.withPersonal(PersonalDetails.named("Sanne Kok")));

        TransferredAway away = new TransferredAway(anouk.store, Clock.systemUTC());
        away.record(List.of(sanne.id().toString(), UUID.randomUUID().toString()));
        assertEquals(Integer.valueOf(1), anouk.store.read(dsl -> dsl.fetchCount(SYNC_TRANSFERRED_AWAY)),
                "only candidates this laptop holds are noted");
        assertEquals(0, away.removeSettled(), "an unsent edit keeps the candidate here");
        assertTrue(anouk.candidate(sanne.id()).isPresent());

        assertTrue(anouk.sync().ok());
        assertFalse(anouk.candidate(sanne.id()).isPresent(), "once the hub acknowledged it, the candidate goes");
    }

    @Test
    void aColleaguesNewCandidateIsNoTransfer() {
        assertTrue(anouk.sync().ok());
        Candidate youssef = bram.newCandidate("Youssef El Amrani");
        assertTrue(bram.sync().ok());
        hub.hub.assign(youssef.id().toString(), bram.identity.coachId());
        assertTrue(bram.sync().ok());
        SyncReport report = anouk.sync();
        assertTrue(report.ok(), report.error());
        assertEquals(0, report.transferredAway());
        assertTrue(bram.candidate(youssef.id()).isPresent(), "assigning to the same coach removes nothing");
    }
}
