package nl.werkmap.bench.sync;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.hub.store.MasterCaseload;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.BundleJson;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.HlcClock;
import nl.werkmap.sync.protocol.OpenedBundle;
import nl.werkmap.sync.protocol.Receiver;
import nl.werkmap.sync.protocol.SignerDirectory;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * Where the full path's time goes ({@link FullPathBench} gives the total): each stage of a 10,000-change bundle timed
 * on its own, medians of 10 rounds after 2 warm-up: writing the JSON, sealing (sign + encrypt), opening (decrypt +
 * verify + read the JSON), applying at the hub, and keeping the received bundle for audit; next to plain
 * AES-256-GCM write+encrypt+decrypt+read of the same payload. Run with {@code -Dexec.mainClass} set to this class.
 */
public final class PathStagesBench {

    private static final int CHANGES = 10_000;
    private static final int ROUNDS = 12;

    private PathStagesBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path dir = Files.createTempDirectory("werkmap-path-stages");
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        for (String stage : List.of("write JSON", "seal", "open", "apply", "keep", "plain AES")) {
            stages.put(stage, new ArrayList<>());
        }
        SecretKey aes = PlainAes.key256();
        PlainAes.warm(aes);
        try (Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("stages.db") + System.getProperty("url.suffix", ""), null, null),
                "gemeente-bench", Clock.systemUTC(), "bench wachtwoord voor de hub".toCharArray())) {
            ECKey signing = SyncKeys.newSigningKey();
            var device = hub.registry().enroll(hub.issueEnrollmentCode("Bench", HubRole.JOBCOACH, "noord",
                    Duration.ofHours(1)), "bench", signing.toPublicJWK(), SyncKeys.newEncryptionKey().toPublicJWK());
            ECKey municipality = hub.keys().currentEncryptionKey();
            Receiver receiver = Receiver.hub("gemeente-bench", List.of(municipality));
            SignerDirectory signers = SignerDirectory.only(device.deviceId(), signing.toPublicJWK());
            MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()),
                    nl.werkmap.hub.store.MasterSealing.with(nl.werkmap.security.Vault.createDetached(
                            "bank paard lamp regen".toCharArray()).vault()));
            for (int round = 0; round < ROUNDS; round++) {
                List<Change> changes = SyncBench.changes(CHANGES, device.coachId());
                Bundle bundle = Bundle.up(UUID.randomUUID().toString(), device.deviceId(), "gemeente-bench",
                        round * (long) CHANGES + 1, (round + 1L) * CHANGES, Instant.now().toString(), changes);
                Thread.sleep(300);
                long t0 = System.nanoTime();
                byte[] payload = BundleJson.write(bundle);
                long t1 = System.nanoTime();
                String sealed = BundleEnvelope.sealBytes(payload, signing, municipality);
                long t2 = System.nanoTime();
                OpenedBundle opened = BundleEnvelope.open(sealed, receiver, signers);
                long t3 = System.nanoTime();
                Thread.sleep(300);
                long a0 = System.nanoTime();
                hub.database().write(dsl -> caseload.apply(dsl, device.deviceId(), opened.bundle().changes()));
                long a1 = System.nanoTime();
                Thread.sleep(300);
                long k0 = System.nanoTime();
                hub.database().write(dsl -> dsl.insertInto(table(name("received_bundle")), field(name("bundle_id")),
                                field(name("device_id")), field(name("payload_digest")), field(name("jwe")),
                                field(name("change_count")), field(name("received_at")), field(name("via")))
                        .values(bundle.bundleId(), device.deviceId(), opened.payloadDigest(), sealed, CHANGES,
                                Instant.now().toString(), "bench")
                        .execute());
                long k1 = System.nanoTime();
                Thread.sleep(300);
                long p0 = System.nanoTime();
                PlainAes.roundTrip(bundle, aes);
                long p1 = System.nanoTime();
                if (round >= 2) {
                    stages.get("write JSON").add(t1 - t0);
                    stages.get("seal").add(t2 - t1);
                    stages.get("open").add(t3 - t2);
                    stages.get("apply").add(a1 - a0);
                    stages.get("keep").add(k1 - k0);
                    stages.get("plain AES").add(p1 - p0);
                }
            }
        }
        StringBuilder line = new StringBuilder("10k-change bundle stages, median ms:");
        stages.forEach((stage, times) -> line.append(String.format(" %s %.0f;", stage, median(times) / 1e6)));
        System.out.println(line);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
