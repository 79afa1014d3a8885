package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.HubUnavailableException;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * A real TCP connection cut in the middle of an upload or a download (through {@link CuttingProxy}): the device
 * keeps the very same sealed bundle and sends it again, and the hub neither loses it nor applies it twice.
 */
class HubCutConnectionTest {

    private static final int CANDIDATES = 300;

    @TempDir
    Path dir;
    HubFixture fixture;
    CuttingProxy proxy;
    TestDevice coach;

    @BeforeEach
    void start() throws Exception {
        fixture = new HubFixture(dir, "gemeente-a");
        proxy = new CuttingProxy(fixture.server.port());
        coach = new TestDevice(fixture, proxy.url(), "Anouk", HubRole.JOBCOACH, "noord");
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        fixture.close();
    }

    /** One bundle of many new candidates (about 100 KB sealed), as the outbox would have stored it. */
    private String storedBundle() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            changes.add(new Change("candidate", UUID.randomUUID().toString(), Map.of("coach_id",
                    coach.enrolment.coachId(), "status", "ACTIEF", "talents", "Nauwkeurig en geduldig, kandidaat " + i),
                    new Hlc(1_000 + i, 0).toString(), false));
        }
        return coach.seal(changes.toArray(Change[]::new));
    }

    private int receivedBundles() {
        return fixture.hub.database().read(dsl -> dsl.fetchCount(dsl.selectFrom("received_bundle")));
    }

    private int candidates() {
        return fixture.hub.counts().getOrDefault("candidate", 0);
    }

    @Test
    void uploadCutHalfwayAppliesNothingAndTheSameBundleSentAgainAppliesOnce() throws Exception {
        String jwe = storedBundle();
        proxy.cutUploadAfter(jwe.length() / 2);
        assertThrows(HubUnavailableException.class, () -> coach.client.send(jwe));
        assertTrue(proxy.cuts() >= 1);
        assertEquals(0, receivedBundles(), "half a bundle is no bundle");
        assertEquals(0, candidates());

        proxy.passThrough();
        assertFalse(coach.client.send(jwe), "the first complete delivery is new");
        assertEquals(1, receivedBundles());
        assertEquals(CANDIDATES, candidates());
    }

    @Test
    void answerCutAfterTheHubAppliedIsADuplicateOnRetry() throws Exception {
        String jwe = storedBundle();
        proxy.cutDownloadAfter(20);
        assertThrows(HubUnavailableException.class, () -> coach.client.send(jwe),
                "the device never heard the hub accept it");
        assertEquals(1, receivedBundles(), "but the hub had applied it before answering");
        assertEquals(CANDIDATES, candidates());

        proxy.passThrough();
        assertTrue(coach.client.send(jwe), "the same bundle again: accepted as a duplicate");
        assertEquals(1, receivedBundles());
        assertEquals(CANDIDATES, candidates());
    }

    @Test
    void downloadCutHalfwayLosesNothingAndRepeatsNothing() throws Exception {
        TestDevice lead = new TestDevice(fixture, proxy.url(), "Lotte", HubRole.TEAMLEIDER, "noord");
        assertFalse(coach.client.send(storedBundle()));

        proxy.cutDownloadAfter(40_000);
        assertThrows(HubUnavailableException.class, lead::pull);
        assertEquals(0, lead.cursor, "the cursor only moves with a complete answer");

        proxy.passThrough();
        assertEquals(CANDIDATES, lead.pull().size());
        assertEquals(CANDIDATES, lead.received.keySet().stream().filter(k -> k.startsWith("candidate/")).count());
        assertEquals(0, lead.pull().size(), "nothing comes twice");
    }
}
