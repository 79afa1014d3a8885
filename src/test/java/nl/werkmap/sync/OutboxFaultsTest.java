package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.Receipt;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.file.BundleFile;
import nl.werkmap.sync.outbox.OutboxEntry;

/** The outbox under faults: hub down, 500s, lost acks, crashes between steps, slow hub, offline file transfer. */
class OutboxFaultsTest {

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
        anouk.sync();
        lotte.sync();
    }

    @AfterEach
    void stop() {
        anouk.close();
        lotte.close();
        hub.close();
    }

    private int hubCandidates() {
        return hub.hub.counts().getOrDefault("candidate", 0);
    }

    @Test
    void injectedServerErrorKeepsTheBundleAndTheNextRoundDeliversTheSameBytes() {
        Candidate sanne = anouk.newCandidate("Sanne");
        hub.faults.failNextRequests(1);
        SyncReport failed = anouk.sync();
        assertFalse(failed.ok());
        assertNotNull(anouk.engine.identities().lastOutcome()[1], "the error is kept for the status bar");
        List<OutboxEntry> stored = anouk.engine.outbox().pending(false);
        assertEquals(1, stored.size());
        assertEquals(1, stored.get(0).attempts());

        assertTrue(anouk.sync().ok());
        assertEquals(1, hubCandidates());
        assertEquals(0, anouk.engine.outbox().pendingChanges());
        lotte.sync();
        assertTrue(lotte.candidate(sanne.id()).isPresent());
    }

    @Test
    void lostAcknowledgementIsResentAndAcceptedOnce() {
        anouk.newCandidate("Sanne");
        hub.faults.loseNextAcknowledgements(1);
        assertFalse(anouk.sync().ok(), "the hub applied it but the answer was lost");
        assertEquals(1, hubCandidates());
        assertTrue(anouk.sync().ok(), "the same bytes again: accepted as duplicate");
        assertEquals(1, hubCandidates());
        assertEquals(0, anouk.engine.outbox().pendingChanges());
    }

    @Test
    void hubDownMeansNothingIsLostAndBackoffIsScheduled() {
        anouk.newCandidate("Sanne");
        hub.close();
        SyncReport report = anouk.sync();
        assertFalse(report.ok());
        assertTrue(report.error().contains("niet bereikbaar"), report.error());
        OutboxEntry entry = anouk.engine.outbox().pending(false).get(0);
        assertTrue(Instant.parse(entry.nextAttemptAt()).isAfter(Instant.now().minusSeconds(1)));
        assertEquals(1, anouk.engine.outbox().pendingChanges() > 0 ? 1 : 0);
    }

    @Test
    void crashBetweenBuildingAndSendingSendsTheStoredBundleAfterRestart() {
        anouk.newCandidate("Sanne");
        anouk.engine.seal();
        String stored = anouk.engine.outbox().pending(false).get(0).jwe();
        anouk.newEngine(Clock.systemUTC());
        assertTrue(anouk.sync().ok());
        assertEquals(1, hubCandidates());
        // The hub keeps the payload's digest (not the JWE, which it keeps per candidate, sealed): the same bundle id
        // with the same signed payload is the bundle stored before the crash.
        var opened = nl.werkmap.sync.protocol.BundleEnvelope.open(stored, nl.werkmap.sync.protocol.Receiver.hub(
                hub.hub.municipality(), hub.hub.keys().encryptionKeys()), hub.hub.registry().signers());
        assertTrue(hub.hub.database().<Boolean>read(dsl -> dsl.fetchExists(dsl.selectFrom("received_bundle")
                .where("bundle_id = ?", opened.bundle().bundleId())
                .and("payload_digest = ?", opened.payloadDigest()))),
                "the very bundle stored before the crash was delivered");
    }

    @Test
    void timeoutIsRetryable() {
        anouk.newCandidate("Sanne");
        hub.faults.delayEveryRequest(6_000);
        assertFalse(anouk.sync().ok());
        hub.faults.delayEveryRequest(0);
        assertTrue(anouk.sync().ok());
        assertEquals(1, hubCandidates());
    }

    @Test
    void exportedFileImportedTwiceAppliesOnceAndTheLaterOnlineSyncIsADuplicate() throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne");
        anouk.store.candidates().save(sanne.withPersonal(PersonalDetails.named("Sanne de Vries")));
        Path file = dir.resolve("anouk" + BundleFile.EXTENSION);
        anouk.engine.seal();
        assertEquals(1, BundleFile.write(file, anouk.engine.outbox().pending(false)));

        for (int i = 0; i < 2; i++) {
            for (String jwe : BundleFile.read(file)) {
                Receipt receipt = hub.hub.inbox().receive(jwe, "file");
                assertEquals(i == 1, receipt.duplicate());
            }
        }
        assertEquals(1, hubCandidates());
        assertTrue(anouk.sync().ok());
        lotte.sync();
        assertEquals("Sanne de Vries", lotte.candidate(sanne.id()).orElseThrow().personal().fullName());
    }

    @Test
    void aLaptopWithASlowClockCannotMakeAnOldEditBeatANewerOne() throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne");
        anouk.sync();
        lotte.sync();
        lotte.store.candidates().save(lotte.candidate(sanne.id()).orElseThrow()
                .withPersonal(PersonalDetails.named("Sanne Nieuw")));
        lotte.sync();

        // Behind by less than the margin a laptop accepts (a day behind is refused: LaptopClockDoorTest).
        Clock slow = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-3));
        Laptop late = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord", slow);
        try {
            late.sync();
            late.store.candidates().save(late.candidate(sanne.id()).orElseThrow()
                    .withPersonal(PersonalDetails.named("Sanne Later")));
            assertTrue(late.sync().ok());
            lotte.sync();
            assertEquals("Sanne Later", lotte.candidate(sanne.id()).orElseThrow().personal().fullName(),
                    "edited after seeing 'Nieuw', so it is newer, whatever the wall clock says");
        } finally {
            late.close();
        }
    }
}
