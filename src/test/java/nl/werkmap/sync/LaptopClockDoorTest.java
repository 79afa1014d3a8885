package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.merge.DownApplier;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ClockAheadException;
import nl.werkmap.sync.protocol.ContentRefusedException;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.RefusalCode;

/** The laptop's side of the door: a wrong clock either way is named on sync, and a hub's misfits are refused whole. */
class LaptopClockDoorTest {

    @TempDir
    Path dir;
    HubFixture hub;
    Laptop anouk;

    @BeforeEach
    void start() throws Exception {
        hub = new HubFixture(dir, "gemeente-a");
        anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
        anouk.sync();
    }

    @AfterEach
    void stop() {
        anouk.close();
        hub.close();
    }

    @Test
    void aLaptopWhoseClockRunsADayAheadIsToldToSetItAndKeepsItsChanges() throws Exception {
        Laptop ahead = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord",
                Clock.offset(Clock.systemUTC(), Duration.ofDays(1)));
        try {
            assertTrue(ahead.sync().ok(), "the hub's stamps lie behind this clock: accepted");
            ahead.newCandidate("Sanne");
            SyncReport report = ahead.sync();
            assertFalse(report.ok());
            assertTrue(report.error().contains("De klok van deze laptop loopt 2")
                    && report.error().contains("uur voor op de gemeente")
                    && report.error().contains("Zet de datum, tijd en tijdzone"), report.error());
            assertEquals(1, ahead.engine.outbox().pending(false).size(), "kept to send once the clock is right");
            assertEquals(0, hub.hub.counts().getOrDefault("candidate", 0));
        } finally {
            ahead.close();
        }
    }

    @Test
    void aLaptopADayBehindRefusesTheHubsChangesAndIsToldToSetItsClock() throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne");
        assertTrue(anouk.sync().ok());
        Laptop behind = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord",
                Clock.offset(Clock.systemUTC(), Duration.ofDays(-1)));
        try {
            SyncReport report = behind.sync();
            assertFalse(report.ok());
            assertTrue(report.error().contains("voorloopt op de klok van deze laptop"), report.error());
            assertTrue(behind.candidate(sanne.id()).isEmpty(), "nothing applied");
        } finally {
            behind.close();
        }
    }

    @Test
    void aHubThatSendsWhatTheSchemaDoesNotKnowIsRefusedWholeOnTheLaptop() {
        String now = new Hlc(Instant.now().toEpochMilli(), 0).stamp("other");
        String candidate = UUID.randomUUID().toString();
        Change good = new Change("candidate", candidate, Map.of("full_name", "Sanne", "status", "ACTIEF",
                "register_status", "INGESCHREVEN", "registered_on", "2026-11-01"), now, false, "other");
        DownApplier applier = new DownApplier(anouk.store, anouk.sealer, Clock.systemUTC());
        for (Change bad : List.of(
                new Change("hub_key", UUID.randomUUID().toString(), Map.of("jwk", "{}"), now, false, "other"),
                new Change("candidate", "../../../x", Map.of("status", "A"), now, false, "other"),
                new Change("candidate", candidate, Map.of("registered_on", "morgen"), now, false, "other"))) {
            Bundle bundle = Bundle.down(UUID.randomUUID().toString(), "hub", "gemeente-a", "dev", 0, 1,
                    Instant.now().toString(), List.of(good, bad), null);
            assertThrows(ContentRefusedException.class, () -> applier.apply(bundle, 0));
        }
        Bundle future = Bundle.down(UUID.randomUUID().toString(), "hub", "gemeente-a", "dev", 0, 1,
                Instant.now().toString(), List.of(new Change("candidate", candidate, Map.of("status", "A"),
                        "999999999999999-99999-other", false, "other")), null);
        assertEquals(RefusalCode.CLOCK_AHEAD, assertThrows(ClockAheadException.class,
                () -> applier.apply(future, 0)).code());
        assertTrue(anouk.candidate(UUID.fromString(candidate)).isEmpty(), "not even the good change");
        anouk.newCandidate("Daarna");
        assertTrue(anouk.sync().ok(), "the laptop still stamps and syncs");
    }
}
