package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * Issue 12.1: sealing at the hub changes nothing a device receives. Personal values of every awkward kind (empty,
 * accents, emoji, long text, null) come out of the feed exactly as they went in, also after a row moved to another
 * candidate (its sealed values go along under the new candidate's key); plain columns stay plain in the database.
 */
class SealedFeedTest {

    @TempDir
    Path dir;

    @Test
    void theFeedCarriesExactlyTheValuesThatWereSent() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            TestDevice lotte = new TestDevice(fixture, "Lotte", HubRole.TEAMLEIDER, "noord");
            String fenna = UUID.randomUUID().toString();
            String sanne = UUID.randomUUID().toString();
            String session = UUID.randomUUID().toString();
            Map<String, String> personal = new LinkedHashMap<>();
            personal.put("coach_id", anouk.enrolment.coachId());
            personal.put("full_name", "Ëlla-Fenna d'Ancona 🌷");
            personal.put("preferred_name", "");
            personal.put("phone", null);
            personal.put("talents", "Kan goed plannen. ".repeat(100));
            personal.put("status", "ACTIEF_TRAJECT");
            long now = System.currentTimeMillis();
            Map<String, String> sessionFields = Map.of("candidate_id", fenna, "went_well", "Ging goed — echt waar");
            anouk.client.send(anouk.seal(
                    new Change("candidate", fenna, personal, new Hlc(now, 0).toString(), false),
                    new Change("candidate", sanne, Map.of("coach_id", anouk.enrolment.coachId(), "full_name",
                            "Sanne de Vries"), new Hlc(now, 1).toString(), false),
                    new Change("coaching_session", session, sessionFields, new Hlc(now, 2).toString(), false)));
            lotte.pull();
            assertEquals(personal, without(lotte.received.get("candidate/" + fenna), "deleted"));
            assertEquals(sessionFields, lotte.received.get("coaching_session/" + session));

            // The session moves to Sanne: its note is sealed again under Sanne's key and still reads the same.
            anouk.client.send(anouk.seal(new Change("coaching_session", session, Map.of("candidate_id", sanne),
                    new Hlc(now + 10, 0).toString(), false)));
            TestDevice late = new TestDevice(fixture, "Lotte", HubRole.TEAMLEIDER, "noord");
            late.pull();
            assertEquals("Ging goed — echt waar", late.received.get("coaching_session/" + session).get("went_well"));
            assertEquals(sanne, late.received.get("coaching_session/" + session).get("candidate_id"));

            fixture.hub.database().read(dsl -> {
                assertEquals("ACTIEF_TRAJECT", dsl.fetchValue("select value from master_field where entity_id = ?"
                        + " and field = 'status'", fenna));
                for (String field : new String[] {"full_name", "preferred_name", "talents"}) {
                    assertNull(dsl.fetchValue("select value from master_field where entity_id = ? and field = ?",
                            fenna, field), field + " rests sealed");
                }
                assertNull(dsl.fetchValue("select sealed_value from master_field where entity_id = ? and"
                        + " field = 'phone'", fenna), "null stays null");
                return null;
            });
        }
    }

    private static Map<String, String> without(Map<String, String> row, String field) {
        Map<String, String> copy = new HashMap<>(row);
        copy.remove(field);
        return copy;
    }
}
