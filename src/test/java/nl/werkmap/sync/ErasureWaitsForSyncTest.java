package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.service.erasure.ErasureRefusal;
import nl.werkmap.service.erasure.ErasureRefusedException;
import nl.werkmap.service.erasure.ErasureService;
import nl.werkmap.service.erasure.RetentionService;

/**
 * Issue 16, bad input: on a linked laptop a candidate with a change the hub has not acknowledged is not erased (the
 * change would be lost unseen); after a sync it is. A jobcoach's linked laptop may not erase at all.
 */
class ErasureWaitsForSyncTest {

    @TempDir
    Path dir;

    @Test
    void unsyncedChangesAndAJobcoachsLaptopAreRefused() throws Exception {
        try (HubFixture hub = new HubFixture(dir.resolve("hub"), "gemeente-a");
             Laptop anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
             Laptop lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord")) {
            assertTrue(lotte.sync().ok());
            assertTrue(anouk.sync().ok());
            Candidate fenna = lotte.newCandidate("Fenna Wijnbergen");
            ErasureRefusedException unsynced = assertThrows(ErasureRefusedException.class,
                    () -> service(lotte).erase(fenna.id().toString(), "verzoek van betrokkene"));
            assertEquals(ErasureRefusal.UNSYNCED, unsynced.refusal());
            assertTrue(unsynced.getMessage().startsWith("Er zijn wijzigingen van deze kandidaat die nog niet bij de"
                    + " gemeente zijn. Synchroniseer eerst"), unsynced.getMessage());

            assertTrue(lotte.sync().ok());
            Candidate own = anouk.newCandidate("Sam de Boer");
            assertTrue(anouk.sync().ok());
            ErasureRefusedException coach = assertThrows(ErasureRefusedException.class,
                    () -> service(anouk).erase(own.id().toString(), "verzoek van betrokkene"));
            assertEquals(ErasureRefusal.NOT_AUTHORISED, coach.refusal());

            service(lotte).erase(fenna.id().toString(), "verzoek van betrokkene");
            assertTrue(lotte.candidate(fenna.id()).isEmpty());
        }
    }

    private static ErasureService service(Laptop laptop) {
        Clock clock = Clock.systemDefaultZone();
        return new ErasureService(laptop.store, laptop.sealer, clock,
                new RetentionService(laptop.store, laptop.sealer, clock, RetentionPolicy.DEFAULT));
    }
}
