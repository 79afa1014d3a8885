package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * Issue 12.1: a received bundle is kept per candidate, sealed under that candidate's key, so destroying one
 * candidate's key (crypto-shredding) makes that candidate's part unreadable and leaves the others; a hub from before
 * V9 that kept bundles whole as their JWE re-keeps them that way at its first start.
 */
class KeptBundlesTest {

    @TempDir
    Path dir;

    @Test
    void partsPerCandidateAndDestroyingAKeyShredsOnlyThatCandidatesPart() throws Exception {
        String fenna = UUID.randomUUID().toString();
        String sanne = UUID.randomUUID().toString();
        String bundleId = UUID.randomUUID().toString();
        String jwe;
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(fixture, "Anouk", nl.werkmap.hub.store.HubRole.JOBCOACH, "noord");
            long now = System.currentTimeMillis();
            jwe = anouk.seal(bundleId,
                    new Change("candidate", fenna, Map.of("coach_id", anouk.enrolment.coachId(), "full_name",
                            "Fenna Wijnbergen"), new Hlc(now, 0).toString(), false),
                    new Change("candidate", sanne, Map.of("coach_id", anouk.enrolment.coachId(), "full_name",
                            "Sanne de Vries"), new Hlc(now, 1).toString(), false),
                    new Change("employer", UUID.randomUUID().toString(), Map.of("name", "Bakkerij",
                            "contact_name", "Ria de Boer"), new Hlc(now, 2).toString(), false));
            anouk.client.send(jwe);
            HubDatabase db = fixture.hub.database();
            MasterSealing sealing = MasterSealing.of(fixture.hub.keys());
            assertEquals("", db.read(dsl -> dsl.fetchValue("select jwe from received_bundle")));
            Map<String, Bundle> parts = parts(db, sealing, bundleId);
            assertEquals(List.of(MasterSealing.NO_CANDIDATE, fenna, sanne).stream().sorted().toList(),
                    List.copyOf(parts.keySet()));
            assertEquals("Fenna Wijnbergen", parts.get(fenna).changes().get(0).fields().get("full_name"));
            assertEquals(1, parts.get(sanne).changes().size());
            assertEquals(anouk.id(), parts.get(fenna).deviceId());

            // Erasing Fenna by destroying her key: her part no longer opens, Sanne's and the shared one still do.
            db.write(dsl -> dsl.execute("delete from hub_subject_key where subject = ?", fenna));
            HubStoreException shredded = assertThrows(HubStoreException.class, () -> parts(db, sealing, bundleId));
            assertTrue(shredded.getMessage().contains("ontbreekt"), shredded.getMessage());
            db.write(dsl -> dsl.execute("delete from received_part where subject = ?", fenna));
            assertEquals(2, parts(db, sealing, bundleId).size());
        }

        // As a hub before V9 left it: the JWE kept whole, no parts, the upgrade not yet done.
        HubDatabase old = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null);
        old.write(dsl -> {
            dsl.execute("update received_bundle set jwe = ?", jwe);
            dsl.execute("delete from received_part");
            dsl.execute("delete from hub_setting where name = ?", PlainValueSealing.DONE);
            return null;
        });
        try (Hub hub = Hub.open(old, null, Clock.systemUTC(), HubFixture.passphrase())) {
            assertEquals("", old.read(dsl -> dsl.fetchValue("select jwe from received_bundle")));
            Map<String, Bundle> parts = parts(old, MasterSealing.of(hub.keys()), bundleId);
            assertEquals("Sanne de Vries", parts.get(sanne).changes().get(0).fields().get("full_name"));
        }
    }

    private static Map<String, Bundle> parts(HubDatabase db, MasterSealing sealing, String bundleId) {
        return db.read(dsl -> dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = sealing.session(connection)) {
                return KeptBundles.read(connection, keys, bundleId);
            }
        }));
    }
}
