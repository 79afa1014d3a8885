package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ConflictNote;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.Resolution;

/**
 * A coach's "keep" decision, sent in an up-bundle over real HTTP, settles the conflict at the hub, and the settled
 * conflict reaches every device that sees the candidate. Decisions from devices that do not see the candidate, on
 * unknown conflicts, or received twice change nothing.
 */
class HubResolutionTest {

    @TempDir
    Path dir;
    HubFixture fixture;
    TestDevice anouk;
    TestDevice anoukTablet;
    TestDevice bram;
    TestDevice lead;
    TestDevice otherTeamLead;
    String candidate;
    String created;
    String intake;

    @BeforeEach
    void start() throws Exception {
        fixture = new HubFixture(dir, "gemeente-a");
        anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
        anoukTablet = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
        bram = new TestDevice(fixture, "Bram", HubRole.WERKCOACH, "noord");
        lead = new TestDevice(fixture, "Lotte", HubRole.TEAMLEIDER, "noord");
        otherTeamLead = new TestDevice(fixture, "Zeynep", HubRole.TEAMLEIDER, "zuid");
        candidate = UUID.randomUUID().toString();
        created = stamp(1000, anouk);
        intake = stamp(2000, anouk);
        anouk.client.send(anouk.seal(new Change("candidate", candidate, Map.of("coach_id", anouk.enrolment.coachId(),
                "status", "AANGEMELD"), created, false, null, Map.of("coach_id", Change.NO_BASE,
                "status", Change.NO_BASE))));
        for (TestDevice device : devices()) {
            device.pull();
        }
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<TestDevice> devices() {
        return List.of(anouk, anoukTablet, bram, lead, otherTeamLead);
    }

    private static String stamp(long ms, TestDevice by) {
        return new Hlc(ms, 0).stamp(by.id());
    }

    private Change status(String value, String hlc, String base) {
        return new Change("candidate", candidate, Map.of("status", value), hlc, false, null, Map.of("status", base));
    }

    private Resolution keepIntakeLost() {
        return Resolution.keep("candidate", candidate, "status", intake);
    }

    /** Anouk's INTAKE loses to the team lead's concurrent ACTIEF_TRAJECT; everyone who sees Sanne has it open. */
    private void concurrentStatus() throws Exception {
        anouk.client.send(anouk.seal(status("INTAKE", intake, created)));
        lead.client.send(lead.seal(status("ACTIEF_TRAJECT", stamp(3000, lead), created)));
        for (TestDevice device : devices()) {
            device.pull();
            device.conflicts.clear();
        }
    }

    @Test
    void keepFromTheCoachSettlesTheConflictForHerOtherDeviceAndTheTeamLead() throws Exception {
        concurrentStatus();
        anouk.client.send(anouk.seal(List.of(keepIntakeLost())));

        ConflictNote settled = new ConflictNote("candidate", candidate, "status", "INTAKE", intake, anouk.id(),
                stamp(3000, lead), true);
        for (TestDevice device : List.of(anouk, anoukTablet, lead)) {
            device.pull();
            assertEquals(List.of(settled), device.conflicts, "settled on " + device.id());
            device.pull();
            assertEquals(1, device.conflicts.size(), "told once");
        }
        for (TestDevice device : List.of(bram, otherTeamLead)) {
            device.pull();
            assertTrue(device.conflicts.isEmpty(), "not their candidate");
        }
        assertEquals("ACTIEF_TRAJECT", anouk.received.get("candidate/" + candidate).get("status"),
                "keeping writes nothing");
    }

    @Test
    void theTeamLeadMayKeepTooAndADecisionReceivedTwiceSettlesOnce() throws Exception {
        concurrentStatus();
        String bundle = lead.seal(List.of(keepIntakeLost()));
        lead.client.send(bundle);
        lead.client.send(bundle);
        anoukTablet.pull();
        assertEquals(List.of(true), anoukTablet.conflicts.stream().map(ConflictNote::settled).toList());

        anouk.client.send(anouk.seal(List.of(keepIntakeLost())));
        anoukTablet.pull();
        assertEquals(1, anoukTablet.conflicts.size(), "a second decision on a settled conflict sends nothing new");
        assertEquals(Integer.valueOf(2), fixture.hub.database().<Integer>read(dsl -> dsl.fetchCount(org.jooq.impl.DSL.table(
                "hub_conflict_resolution"))), "each device's decision is on record");
    }

    @Test
    void aDeviceThatDoesNotSeeTheCandidateCannotSettleIt() throws Exception {
        concurrentStatus();
        bram.client.send(bram.seal(List.of(keepIntakeLost())));
        otherTeamLead.client.send(otherTeamLead.seal(List.of(keepIntakeLost())));
        lead.pull();
        assertTrue(lead.conflicts.isEmpty(), "ignored: nothing changed");

        TestDevice late = new TestDevice(fixture, "Lotte", HubRole.TEAMLEIDER, "noord");
        late.pull();
        assertEquals(List.of(false), late.conflicts.stream().map(ConflictNote::settled).toList(), "still open");
    }

    @Test
    void aDecisionOnAnUnknownConflictIsHarmlessAndItsBundlesChangesStillApply() throws Exception {
        String city = stamp(2500, anouk);
        anouk.client.send(anouk.seal(List.of(Resolution.keep("candidate", candidate, "status", stamp(1500, anouk)),
                        Resolution.keep("candidate", UUID.randomUUID().toString(), "status", intake)),
                new Change("candidate", candidate, Map.of("city", "Kampen"), city, false, null,
                        Map.of("city", Change.NO_BASE))));
        lead.pull();
        assertEquals("Kampen", lead.received.get("candidate/" + candidate).get("city"));
        assertTrue(lead.conflicts.isEmpty());
    }

    /** A decision that reaches the hub before the loss it names (e.g. by file) settles that loss when it comes. */
    @Test
    void aDecisionBeforeItsLossSettlesTheLossOnArrival() throws Exception {
        anouk.client.send(anouk.seal(List.of(keepIntakeLost())));
        lead.client.send(lead.seal(status("ACTIEF_TRAJECT", stamp(3000, lead), created)));
        anouk.client.send(anouk.seal(status("INTAKE", intake, created)));

        TestDevice late = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
        late.pull();
        assertTrue(late.conflicts.stream().allMatch(ConflictNote::settled), "nothing open for a new device");
        lead.pull();
        assertEquals(List.of(true), lead.conflicts.stream().map(ConflictNote::settled).toList());
    }
}
