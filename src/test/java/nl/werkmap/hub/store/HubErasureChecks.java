package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.impl.DSL;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * Issue 16 at the hub, on either database: an erasure sent by a jobcoach's device is refused; one sent by the team
 * lead's device removes every row of the candidate (master rows and fields, lost values, kept parts, rows of any
 * table with a candidate_id) and its key, reaches every device in its next down-bundle, and a laptop that had not
 * heard of it cannot bring the candidate back.
 */
final class HubErasureChecks {

    private HubErasureChecks() {
    }

    static void run(HubFixture fixture, String run) throws Exception {
        HubDatabase db = fixture.hub.database();
        String team = "team-" + run;
        TestDevice anouk = new TestDevice(fixture, "Anouk " + team, HubRole.JOBCOACH, team);
        TestDevice bram = new TestDevice(fixture, "Bram " + team, HubRole.TEAMLEIDER, team);
        String fenna = UUID.randomUUID().toString();
        String stays = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        anouk.client.send(anouk.seal(
                new Change("candidate", fenna, Map.of("coach_id", anouk.enrolment.coachId(), "full_name",
                        "Fenna " + run, "phone", "06-4821" + run), new Hlc(now, 0).toString(), false),
                new Change("candidate", stays, Map.of("coach_id", anouk.enrolment.coachId(), "full_name",
                        "Youssef " + run), new Hlc(now, 1).toString(), false),
                new Change("coaching_session", session, Map.of("candidate_id", fenna, "went_well",
                        "angst voor de nachttrein " + run), new Hlc(now, 2).toString(), false)));
        String seen = new Hlc(now, 0).toString();
        anouk.client.send(anouk.seal(new Change("candidate", fenna, Map.of("phone", "06-5550" + run),
                new Hlc(now + 5, 0).toString(), false, null, Map.of("phone", seen))));
        bram.client.send(bram.seal(new Change("candidate", fenna, Map.of("phone", "06-7770" + run),
                new Hlc(now + 6, 0).toString(), false, null, Map.of("phone", seen))));
        bram.pull();
        assertTrue(count(db, "hub_conflict", "entity_id", fenna) > 0);
        assertTrue(count(db, "hub_subject_key", "subject", fenna) == 1);

        HubRefusedException refused = assertThrows(HubRefusedException.class,
                () -> anouk.client.send(anouk.sealErasure(List.of(fenna))));
        assertTrue(refused.getMessage().contains("teamleider"), refused.getMessage());
        assertEquals(1, count(db, "hub_subject_key", "subject", fenna), "a jobcoach's device erases nothing");

        bram.client.send(bram.sealErasure(List.of(fenna)));

        boolean journalled = db.read(dsl -> HubErasure.erased(dsl, fenna));
        assertTrue(journalled);
        assertEquals(0, count(db, "hub_subject_key", "subject", fenna), "the key is destroyed");
        assertEquals(0, count(db, "received_part", "subject", fenna), "kept parts");
        assertEquals(0, count(db, "hub_conflict", "entity_id", fenna), "lost values");
        for (String table : db.read(HubErasure::tablesWithCandidateId)) {
            assertEquals(0, count(db, table, "candidate_id", fenna), table);
        }
        assertEquals(0, count(db, "master_field", "entity_id", fenna));
        assertEquals(0, count(db, "master_field", "entity_id", session));
        assertEquals(1, count(db, "hub_subject_key", "subject", stays), "the other candidate keeps its key");
        assertTrue(db.read(dsl -> dsl.fetchCount(DSL.table(DSL.name("hub_erasure")),
                DSL.field(DSL.name("finished_at")).isNotNull()
                        .and(DSL.field(DSL.name("erased_id"), String.class).eq(fenna)))) == 1);

        anouk.pull();
        assertEquals(List.of(fenna), anouk.erased, "every device hears of the erasure, the jobcoach's too");
        bram.pull();
        assertTrue(bram.erased.contains(fenna));

        // A laptop that had not heard of it yet sends an old edit of the candidate and of the session.
        anouk.client.send(anouk.seal(new Change("candidate", fenna, Map.of("phone", "06-9990" + run),
                        new Hlc(now + 50, 0).toString(), false),
                new Change("coaching_session", session, Map.of("concerns", "nog een zorg " + run),
                        new Hlc(now + 51, 0).toString(), false)));
        assertEquals(0, count(db, "master_row", "entity_id", fenna), "not brought back");
        assertEquals(0, count(db, "master_row", "entity_id", session), "its session neither");
        assertEquals(0, count(db, "hub_subject_key", "subject", fenna), "no new key for it");
        assertFalse(bram.pull().stream().anyMatch(c -> c.id().equals(fenna) || c.id().equals(session)));
    }

    private static int count(HubDatabase db, String table, String column, String value) {
        return db.read(dsl -> dsl.fetchCount(DSL.table(DSL.name(table)),
                DSL.field(DSL.name(column), String.class).eq(value)));
    }
}
