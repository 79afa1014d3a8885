package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/** Who receives what: own other devices, team lead sees the team, transfers carry the whole candidate. */
class HubFeedTest {

    @TempDir
    Path dir;
    HubFixture fixture;
    TestDevice anoukLaptop;
    TestDevice anoukTablet;
    TestDevice bram;
    TestDevice lead;
    TestDevice otherTeamLead;

    @BeforeEach
    void start() throws Exception {
        fixture = new HubFixture(dir, "gemeente-a");
        anoukLaptop = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
        anoukTablet = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
        bram = new TestDevice(fixture, "Bram", HubRole.WERKCOACH, "noord");
        lead = new TestDevice(fixture, "Lotte", HubRole.TEAMLEIDER, "noord");
        otherTeamLead = new TestDevice(fixture, "Zeynep", HubRole.TEAMLEIDER, "zuid");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static String stamp(long ms) {
        return new Hlc(ms, 0).toString();
    }

    @Test
    void aCoachsOtherDeviceAndTeamLeadReceiveButOtherCoachesDoNot() throws Exception {
        String candidate = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();
        anoukLaptop.client.send(anoukLaptop.seal(
                new Change("candidate", candidate, Map.of("full_name", "Sanne", "coach_id",
                        anoukLaptop.enrolment.coachId()), stamp(1000), false),
                new Change("coaching_session", session, Map.of("candidate_id", candidate, "went_well", "Goed"),
                        stamp(1001), false)));

        assertEquals(2, anoukLaptop.pull().size(), "the first sync brings the whole visible caseload");
        anoukLaptop.client.send(anoukLaptop.seal(new Change("coaching_session", session, Map.of("concerns", "Geen"),
                stamp(1002), false)));
        assertEquals(0, anoukLaptop.pull().size(), "after that, no echo of its own writes");
        anoukTablet.pull();
        assertEquals("Sanne", anoukTablet.received.get("candidate/" + candidate).get("full_name"));
        assertEquals("Goed", anoukTablet.received.get("coaching_session/" + session).get("went_well"));
        assertEquals("Geen", anoukTablet.received.get("coaching_session/" + session).get("concerns"));
        assertTrue(bram.pull().isEmpty());
        lead.pull();
        assertEquals("Sanne", lead.received.get("candidate/" + candidate).get("full_name"));
        assertTrue(otherTeamLead.pull().isEmpty());
    }

    @Test
    void transferSendsTheWholeCandidateToTheNewCoach() throws Exception {
        String candidate = UUID.randomUUID().toString();
        String goal = UUID.randomUUID().toString();
        anoukLaptop.client.send(anoukLaptop.seal(
                new Change("candidate", candidate, Map.of("full_name", "Sanne", "coach_id",
                        anoukLaptop.enrolment.coachId()), stamp(1000), false),
                new Change("plan_goal", goal, Map.of("candidate_id", candidate, "description", "Rijbewijs halen"),
                        stamp(1001), false)));
        assertTrue(bram.pull().isEmpty());

        fixture.hub.assign(candidate, bram.enrolment.coachId());

        List<Change> received = bram.pull();
        assertFalse(received.isEmpty());
        assertEquals("Rijbewijs halen", bram.received.get("plan_goal/" + goal).get("description"));
        assertEquals(bram.enrolment.coachId(), bram.received.get("candidate/" + candidate).get("coach_id"));
        anoukLaptop.pull();
        assertEquals(bram.enrolment.coachId(), anoukLaptop.received.getOrDefault("candidate/" + candidate, Map.of())
                .getOrDefault("coach_id", bram.enrolment.coachId()));
        assertTrue(bram.pull().isEmpty(), "nothing new the second time");
    }

    @Test
    void perFieldLastWriterWinsAtTheHubAndTombstonesReachOthers() throws Exception {
        String candidate = UUID.randomUUID().toString();
        String coachId = anoukLaptop.enrolment.coachId();
        anoukLaptop.client.send(anoukLaptop.seal(new Change("candidate", candidate,
                Map.of("coach_id", coachId, "status", "ACTIEF", "city", "Zwolle"), stamp(1000), false)));
        anoukTablet.client.send(anoukTablet.seal(new Change("candidate", candidate, Map.of("status", "GEPLAATST"),
                stamp(3000), false)));
        anoukLaptop.client.send(anoukLaptop.seal(new Change("candidate", candidate,
                Map.of("status", "UITGESTROOMD", "city", "Kampen"), stamp(2000), false)));

        lead.pull();
        Map<String, String> row = lead.received.get("candidate/" + candidate);
        assertEquals("GEPLAATST", row.get("status"), "the later stamp wins, whatever the arrival order");
        assertEquals("Kampen", row.get("city"), "other fields of the older edit still count");

        anoukTablet.client.send(anoukTablet.seal(new Change("candidate", candidate, Map.of(), stamp(4000), true)));
        lead.pull();
        assertEquals("true", lead.received.get("candidate/" + candidate).get("deleted"));
        assertEquals(0, fixture.hub.counts().getOrDefault("candidate", 0));
    }

    @Test
    void rotatedMunicipalityKeyReachesDevicesAndOldBundlesStayReadable() throws Exception {
        String before = anoukLaptop.seal(new Change("coach", anoukLaptop.enrolment.coachId(), Map.of("name", "Anouk"),
                stamp(1000), false));
        ECKey old = anoukLaptop.hubEncryptionKey;
        ECKey fresh = fixture.hub.keys().rotateEncryptionKey();
        anoukLaptop.pull();
        assertNotEquals(old, anoukLaptop.hubEncryptionKey);
        assertEquals(fresh.toPublicJWK(), anoukLaptop.hubEncryptionKey);
        assertFalse(anoukLaptop.client.send(before), "sealed to the old key, still accepted");
        assertFalse(anoukLaptop.client.send(anoukLaptop.seal(new Change("coach", anoukLaptop.enrolment.coachId(),
                Map.of("team", "noord"), stamp(2000), false))));
    }
}
