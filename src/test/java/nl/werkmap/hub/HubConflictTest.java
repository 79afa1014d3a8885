package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The hub finds concurrent edits by their base stamps, keeps each lost value once and tells who sees the record. */
class HubConflictTest {

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
        anouk.client.send(anouk.seal(new Change("candidate", candidate, Map.of("coach_id", anouk.enrolment.coachId(),
                "status", "AANGEMELD", "city", "Zwolle"), created, false, null, Map.of("coach_id", Change.NO_BASE,
                "status", Change.NO_BASE, "city", Change.NO_BASE))));
        for (TestDevice device : List.of(anouk, anoukTablet, bram, lead, otherTeamLead)) {
            device.pull();
        }
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static String stamp(long ms, TestDevice by) {
        return new Hlc(ms, 0).stamp(by.id());
    }

    private Change edit(String field, String value, String hlc, String base) {
        return new Change("candidate", candidate, Map.of(field, value), hlc, false, null, Map.of(field, base));
    }

    @Test
    void anOlderAcknowledgedEditThatLosesIsKeptAndReachesEveryoneWhoSeesTheCandidate() throws Exception {
        String intake = stamp(2000, anouk);
        anouk.client.send(anouk.seal(edit("status", "INTAKE", intake, created)));
        lead.client.send(lead.seal(edit("status", "ACTIEF_TRAJECT", stamp(3000, lead), created)));

        ConflictNote expected = new ConflictNote("candidate", candidate, "status", "INTAKE", intake, anouk.id(),
                stamp(3000, lead), false);
        for (TestDevice device : List.of(anouk, anoukTablet, lead)) {
            device.pull();
            assertEquals(List.of(expected), device.conflicts, "conflict seen on " + device.id());
        }
        assertEquals("ACTIEF_TRAJECT", anouk.received.get("candidate/" + candidate).get("status"));
        for (TestDevice device : List.of(bram, otherTeamLead)) {
            device.pull();
            assertTrue(device.conflicts.isEmpty(), "not their candidate");
        }
    }

    @Test
    void theSameLossFoundInEitherOrderOrAgainIsOneConflict() throws Exception {
        String intake = stamp(2000, anouk);
        Change newer = edit("status", "ACTIEF_TRAJECT", stamp(3000, lead), created);
        String bundle = lead.seal(newer);
        lead.client.send(bundle);
        anouk.client.send(anouk.seal(edit("status", "INTAKE", intake, created)));
        lead.client.send(bundle);
        anouk.client.send(anouk.seal(edit("status", "INTAKE", intake, created)));

        for (TestDevice device : List.of(anouk, lead)) {
            device.pull();
            assertEquals(1, device.conflicts.size());
            assertEquals(intake, device.conflicts.get(0).hlc());
            assertEquals("INTAKE", device.conflicts.get(0).value());
            device.pull();
            assertEquals(1, device.conflicts.size(), "nothing new on the next fetch");
        }
        assertEquals("ACTIEF_TRAJECT", anouk.received.get("candidate/" + candidate).get("status"));
    }

    @Test
    void changesWithoutBaseAndSequentialEditsAreNoConflict() throws Exception {
        anouk.client.send(anouk.seal(new Change("candidate", candidate, Map.of("city", "Kampen"), stamp(2000, anouk),
                false)));
        String seen = stamp(3000, lead);
        lead.client.send(lead.seal(edit("status", "INTAKE", seen, created)));
        anouk.client.send(anouk.seal(edit("status", "GEPLAATST", stamp(4000, anouk), seen)));
        lead.pull();
        assertTrue(lead.conflicts.isEmpty(), "an older writer without bases, and an edit that saw the last value");
        assertEquals("GEPLAATST", lead.received.get("candidate/" + candidate).get("status"));
    }

    @Test
    void aLostValueItsOwnWriterReplacedLaterIsSettled() throws Exception {
        String first = stamp(2000, anouk);
        lead.client.send(lead.seal(edit("city", "Deventer", stamp(3000, lead), created)));
        anouk.client.send(anouk.seal(edit("city", "Kampen", first, created)));
        anouk.client.send(anouk.seal(edit("city", "Meppel", stamp(2500, anouk), first)));

        lead.pull();
        assertEquals(List.of("Kampen settled", "Meppel open"), lead.conflicts.stream()
                .map(c -> c.value() + (c.settled() ? " settled" : " open")).sorted().toList());
        TestDevice late = new TestDevice(fixture, "Lotte", HubRole.TEAMLEIDER, "noord");
        late.pull();
        assertEquals(List.of("Meppel"), late.conflicts.stream().filter(c -> !c.settled()).map(ConflictNote::value)
                .toList());
    }

    /**
     * A delete and an edit of another field are no conflict (the row is deleted; the edited value stays in it and
     * comes back with an undelete); a delete and a concurrent undelete are, on the {@code deleted} field.
     */
    @Test
    void deleteAgainstConcurrentEdits() throws Exception {
        lead.client.send(lead.seal(new Change("candidate", candidate, Map.of("deleted", "true"), stamp(3000, lead),
                true, null, Map.of("deleted", Change.NO_BASE))));
        anouk.client.send(anouk.seal(edit("city", "Kampen", stamp(2000, anouk), created)));
        lead.pull();
        assertTrue(lead.conflicts.isEmpty());
        assertFalse(fixture.hub.counts().containsKey("candidate"), "the delete stands");

        anoukTablet.client.send(anoukTablet.seal(edit("deleted", "false", stamp(2500, anoukTablet),
                Change.NO_BASE)));
        lead.pull();
        assertEquals(1, lead.conflicts.size());
        assertEquals("deleted", lead.conflicts.get(0).field());
        assertEquals("false", lead.conflicts.get(0).value());
    }
}
