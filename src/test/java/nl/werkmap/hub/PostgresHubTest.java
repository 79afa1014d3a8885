package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * The same hub code on PostgreSQL. Runs only when WERKMAP_TEST_PG_URL points at an empty database (see
 * scripts/test-postgres.sh); WERKMAP_TEST_PG_USER and WERKMAP_TEST_PG_PASSWORD are optional.
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "WERKMAP_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresHubTest {

    @Test
    void enrolAcceptReplayFeedAndSealedKeysOnPostgres() throws Exception {
        HubDatabase db = open();
        String municipality = "gemeente-pg";
        try (HubFixture fixture = new HubFixture(db, municipality)) {
            String team = "team-" + UUID.randomUUID();
            TestDevice coach = new TestDevice(fixture, "Anouk " + team, HubRole.JOBCOACH, team);
            TestDevice lead = new TestDevice(fixture, "Lotte " + team, HubRole.TEAMLEIDER, team);
            String candidate = UUID.randomUUID().toString();
            String bundleId = UUID.randomUUID().toString();
            String jwe = coach.seal(bundleId, new Change("candidate", candidate,
                    Map.of("coach_id", coach.enrolment.coachId(), "status", "ACTIEF"), new Hlc(1000, 0).toString(),
                    false));
            assertFalse(coach.client.send(jwe));
            assertTrue(coach.client.send(jwe));
            assertEquals("REPLAY", assertThrows(HubRefusedException.class, () -> coach.client.send(coach.seal(bundleId,
                    new Change("candidate", candidate, Map.of("status", "ANDERS"), new Hlc(2000, 0).toString(),
                            false)))).code());
            lead.pull();
            assertEquals("ACTIEF", lead.received.get("candidate/" + candidate).get("status"));
            String fingerprint = fixture.hub.signingFingerprint();
            try (Hub again = Hub.open(open(), municipality, java.time.Clock.systemUTC(), HubFixture.passphrase())) {
                assertEquals(fingerprint, again.signingFingerprint(), "the sealed keys open again on PostgreSQL");
            }
            HubDatabase other = open();
            assertThrows(nl.werkmap.hub.store.HubLockedException.class, () -> Hub.open(other, municipality,
                    java.time.Clock.systemUTC(), "een ander wachtwoord".toCharArray()));
            other.close();
        }
    }

    private static HubDatabase open() {
        return HubDatabase.open(System.getenv("WERKMAP_TEST_PG_URL"), System.getenv("WERKMAP_TEST_PG_USER"),
                System.getenv("WERKMAP_TEST_PG_PASSWORD"));
    }
}
