package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.jooq.impl.DSL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/** Issue 16 at a SQLite hub (see {@link HubErasureChecks}). */
class HubErasureTest {

    @TempDir
    Path dir;

    @Test
    void erasureByTheTeamLeadReachesEveryRowTheKeyAndEveryDeviceAndStaysErased() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            HubErasureChecks.run(fixture, UUID.randomUUID().toString().substring(0, 8));
        }
    }

    @Test
    void anErasureTheHubWasStoppedInIsFinishedAtItsNextStart() throws Exception {
        String fenna = UUID.randomUUID().toString();
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            anouk.client.send(anouk.seal(new Change("candidate", fenna, Map.of("coach_id", anouk.enrolment.coachId(),
                    "full_name", "Fenna Wijnbergen"), new Hlc(System.currentTimeMillis(), 0).toString(), false)));
            // Stopped right after the decision was journalled: the rows and the key are still there.
            fixture.hub.database().write(dsl -> dsl.execute("INSERT INTO hub_erasure (erased_id, decided_by,"
                    + " decided_at, journal_seq) VALUES (?, 'beheerder van de hub', '2026-12-04T10:00:00Z', ?)", fenna,
                    MasterCaseload.nextJournalSeq(dsl)));
            assertEquals(1, count(fixture, "hub_subject_key", "subject", fenna));
        }
        try (HubFixture again = new HubFixture(dir, "gemeente-a")) {
            assertEquals(0, count(again, "hub_subject_key", "subject", fenna), "the key is destroyed at the start");
            assertEquals(0, count(again, "master_row", "candidate_id", fenna));
            assertEquals(0, count(again, "master_field", "entity_id", fenna));
            assertEquals(0, (int) again.hub.database().read(dsl -> dsl.fetchCount(DSL.table(DSL.name("hub_erasure")),
                    DSL.field(DSL.name("finished_at")).isNull())));
        }
    }

    private static int count(HubFixture fixture, String table, String column, String value) {
        return fixture.hub.database().read(dsl -> dsl.fetchCount(DSL.table(DSL.name(table)),
                DSL.field(DSL.name(column), String.class).eq(value)));
    }
}
