package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.FetchAnswer;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.merge.DownApplier;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.Receiver;
import nl.werkmap.sync.protocol.SignerDirectory;

/**
 * A team lead's first sync through the streamed fetch and the two-thread apply ({@link DownPipeline}) leaves the
 * same caseload as the path it replaced: the whole answer read first, then each bundle opened and applied in turn
 * on one thread. Same rows and stamps (personal values compared opened), same change log in the same order (so the
 * history shows the same), over more than one down-bundle, with rows written twice and a row deleted.
 */
class FirstSyncPipelineEquivalenceTest {

    /** More row writes than one down-bundle holds (5,000), so bundles follow each other through the pipeline. */
    private static final int CANDIDATES = 5_600;

    @TempDir
    Path dir;

    @Test
    void theStreamedTwoThreadFirstSyncLeavesTheSameCaseloadAsOpeningAndApplyingEachBundleInTurn() throws Exception {
        try (HubFixture hub = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(hub, "Anouk", HubRole.JOBCOACH, "noord");
            anouk.hubEncryptionKey = anouk.enrolment.hubEncryptionKey();
            sendTeam(anouk);
            try (Laptop streamed = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord");
                 Laptop inTurn = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord")) {
                SyncReport report = streamed.sync();
                assertTrue(report.ok(), report.error());
                assertTrue(report.bundlesReceived() >= 2, "the pipeline carried several bundles: "
                        + report.bundlesReceived());
                int bundles = applyInTurn(inTurn);
                assertEquals(report.bundlesReceived(), bundles);

                for (String table : List.of("coach", "candidate")) {
                    assertEquals(inTurn.rowsOpened(table), streamed.rowsOpened(table), table);
                }
                int live = streamed.store.read(dsl -> dsl.fetchCount(dsl.selectFrom(
                        nl.werkmap.store.jooq.Tables.CANDIDATE).where("deleted = 0")));
                assertEquals(CANDIDATES - 1, live, "one candidate deleted");
                assertEquals(log(inTurn), log(streamed));
                // The streamed sync set the indexes only readers use aside while it wrote (a bulk delivery into a
                // nearly empty caseload, ChangeLog.openFill) and built them again: the same schema.
                assertEquals(schema(inTurn), schema(streamed));
                assertEquals(0, (int) streamed.store.read(dsl -> dsl.fetchCount(
                        nl.werkmap.store.jooq.Tables.DEFERRED_SCHEMA)));
            }
        }
    }

    /** The coach's candidates, a later second write of some and one deletion, in up-bundles of 2,000 changes. */
    private static void sendTeam(TestDevice anouk) throws Exception {
        long now = Instant.now().toEpochMilli() - 60_000;
        List<Change> changes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            changes.add(new Change("candidate", id, Map.of("coach_id", anouk.enrolment.coachId(), "full_name",
                    "Kandidaat " + i, "status", "ACTIEF", "register_status", "INGESCHREVEN", "registered_on",
                    "2026-11-01"), new Hlc(now + i, 0).stamp(anouk.id()), false));
        }
        for (int i = 0; i < CANDIDATES; i += 7) {
            changes.add(new Change("candidate", ids.get(i), Map.of("full_name", "Kandidaat " + i + " (nieuw)"),
                    new Hlc(now + 10_000 + i, 0).stamp(anouk.id()), false));
        }
        changes.add(new Change("candidate", ids.get(3), Map.of(), new Hlc(now + 20_000, 0).stamp(anouk.id()), true));
        for (int i = 0; i < changes.size(); i += 2_000) {
            anouk.client.send(anouk.seal(changes.subList(i, Math.min(changes.size(), i + 2_000))
                    .toArray(Change[]::new)));
        }
    }

    /** The path before the pipeline: the whole answer read, then each bundle opened and applied on this thread. */
    private static int applyInTurn(Laptop lead) throws Exception {
        var identity = lead.identity;
        FetchAnswer answer = new HubClient(lead.hubUrl).fetch(0,
                DeviceToken.issue(identity.deviceId(), identity.signingKey(), Instant.now()));
        DownApplier applier = new DownApplier(lead.store, lead.sealer, Clock.systemUTC());
        long seen = lead.engine.identities().seenChangeSeq();
        for (String jwe : answer.bundles()) {
            Bundle bundle = BundleEnvelope.open(jwe, Receiver.device(identity.municipality(), identity.deviceId(),
                    identity.encryptionKey()), SignerDirectory.only(SyncEngine.HUB_SIGNER, identity.hubSigningKey()))
                    .bundle();
            applier.apply(bundle, seen);
            ErasureSync.received(lead.store, lead.sealer, bundle, Instant.now());
        }
        return answer.bundles().size();
    }



    /** Every table, index and trigger with its statement, by name. */
    private static List<String> schema(Laptop laptop) {
        return laptop.store.read(dsl -> dsl.fetch("SELECT type, name, sql FROM sqlite_master ORDER BY name")
                .map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2)));
    }

    /** The change log as the history reads it, in order; the sealed values opened. */
    private static List<String> log(Laptop laptop) {
        return laptop.store.read(dsl -> dsl.fetch("SELECT entity, entity_id, field, value, sealed, hlc, device_id,"
                + " bundle_id FROM change_log WHERE bundle_id = 'received' ORDER BY seq").map(r -> {
                    byte[] value = r.get("value", byte[].class);
                    boolean sealed = r.get("sealed", Boolean.class);
                    String shown = value == null ? null : sealed
                            ? laptop.sealer.open(r.get("entity", String.class), r.get("field", String.class),
                            r.get("entity_id", String.class), value) : new String(value,
                            java.nio.charset.StandardCharsets.UTF_8);
                    return String.join("|", r.get("entity", String.class), r.get("entity_id", String.class),
                            r.get("field", String.class), String.valueOf(shown), r.get("hlc", String.class),
                            r.get("device_id", String.class));
                }));
    }
}
