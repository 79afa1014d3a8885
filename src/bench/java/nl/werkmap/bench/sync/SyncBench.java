package nl.werkmap.bench.sync;

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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.domain.RecordIds;
import nl.werkmap.hub.Delivery;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.BundleJson;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.Receiver;
import nl.werkmap.sync.protocol.SignerDirectory;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * Sync figures (run: mvn -o -Pbench test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.werkmap.bench.sync.SyncBench): (1) seal+open of a 10,000-change bundle against plain
 * AES-256-GCM and against Nimbus's own objects over the same bytes ({@code -Dbench.changes=N} for another size),
 * and applying it at the hub; (1b) the whole path over HTTP, see
 * {@link FullPathBench}; (2) first sync of a 5,000-candidate team to a new
 * team-lead device; (3) 50 devices sending at once to a real hub on loopback: bundles/s and p95 latency.
 * Arguments pick parts ({@code envelope full team devices}); none runs them all.
 */
public final class SyncBench {

    private static final String PASSPHRASE = "bench wachtwoord voor de hub";

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path dir = Files.createTempDirectory("werkmap-sync-bench");
        List<String> parts = args.length == 0 ? List.of("envelope", "full", "team", "devices") : List.of(args);
        if (parts.contains("envelope")) {
            envelopeVersusAes(dir);
        }
        if (parts.contains("full")) {
            FullPathBench.run(dir, PASSPHRASE);
        }
        if (parts.contains("team")) {
            firstSyncOfTeam(dir);
        }
        if (parts.contains("devices")) {
            fiftyDevices(HubDatabase.open("jdbc:sqlite:" + dir.resolve("load.db"), null, null));
        }
    }

    /** New candidates as the app makes them: ids from {@link RecordIds}, as a coach's new records get. */
    static List<Change> changes(int count, String coachId) {
        List<Change> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("full_name", "Kandidaat " + i);
            fields.put("status", "ACTIEF_TRAJECT");
            fields.put("city", "Zwolle");
            fields.put("talents", "Nauwkeurig, houdt van dieren, werkt graag buiten " + i);
            fields.put("coach_id", coachId);
            changes.add(new Change("candidate", RecordIds.next().toString(), fields,
                    new Hlc(1_700_000_000_000L + i, 0).toString(), false));
        }
        return changes;
    }

    private static void envelopeVersusAes(Path dir) throws Exception {
        ECKey device = SyncKeys.newSigningKey();
        ECKey hubKey = SyncKeys.newEncryptionKey();
        int size = Integer.getInteger("bench.changes", 10_000);
        Bundle bundle = Bundle.up(UUID.randomUUID().toString(), "dev-1", "gemeente-bench", 1, size,
                Instant.now().toString(), changes(size, UUID.randomUUID().toString()));
        byte[] payload = BundleJson.write(bundle);
        SecretKey aes = PlainAes.key256();
        // Both sides on the JIT's AES-GCM intrinsics before the first figure.
        PlainAes.warm(aes);
        Receiver hub = Receiver.hub("gemeente-bench", List.of(hubKey));
        SignerDirectory signers = SignerDirectory.only("dev-1", device.toPublicJWK());
        long jose = Long.MAX_VALUE;
        long plain = Long.MAX_VALUE;
        long nimbus = Long.MAX_VALUE;
        List<Double> pairs = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            long t0 = System.nanoTime();
            String sealed = BundleEnvelope.sealBytes(BundleJson.write(bundle), device, hubKey);
            BundleEnvelope.open(sealed, hub, signers);
            long t1 = System.nanoTime();
            PlainAes.roundTrip(bundle, aes);
            long t2 = System.nanoTime();
            pairs.add((double) (t1 - t0) / (t2 - t1));
            NimbusEnvelope.roundTrip(bundle, device, hubKey);
            long t3 = System.nanoTime();
            jose = Math.min(jose, t1 - t0);
            plain = Math.min(plain, t2 - t1);
            nimbus = Math.min(nimbus, t3 - t2);
        }
        System.out.printf("%d-change bundle (%d KiB payload): JOSE write+sign+encrypt+decrypt+verify+read %.1f ms;"
                + " plain AES-256-GCM (256-bit key, warmed) write+encrypt+decrypt+read %.1f ms; ratio of bests %.2fx;"
                + " median of per-pair ratios %.2fx (15 pairs)%n",
                size, payload.length / 1024, jose / 1e6, plain / 1e6, (double) jose / plain,
                FullPathBench.medianOf(pairs));
        System.out.printf("same bundle through Nimbus objects (JWSObject/JWEObject) %.1f ms; Nimbus / Werkmap envelope"
                + " %.2fx (best of 15, same run)%n", nimbus / 1e6, (double) nimbus / jose);

        Hub hubServer = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("apply.db"), null, null),
                "gemeente-bench", Clock.systemUTC(), PASSPHRASE.toCharArray());
        String code = hubServer.issueEnrollmentCode("Bench", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
        ECKey sig = SyncKeys.newSigningKey();
        String deviceId = hubServer.registry().enroll(code, "bench", sig.toPublicJWK(),
                SyncKeys.newEncryptionKey().toPublicJWK()).deviceId();
        Bundle real = Bundle.up(UUID.randomUUID().toString(), deviceId, "gemeente-bench", 1, size,
                Instant.now().toString(), changes(size, UUID.randomUUID().toString()));
        String sealed = BundleEnvelope.seal(real, sig, hubServer.keys().currentEncryptionKey());
        long t0 = System.nanoTime();
        hubServer.inbox().receive(sealed, "bench");
        long t1 = System.nanoTime();
        System.out.printf("hub receive (open + verify + apply %d changes / %d fields to SQLite + keep): %.0f ms%n",
                size, size * 5, (t1 - t0) / 1e6);
    }

    private static void firstSyncOfTeam(Path dir) throws Exception {
        Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("team.db"), null, null), "gemeente-bench",
                Clock.systemUTC(), PASSPHRASE.toCharArray());
        String code = hub.issueEnrollmentCode("Coach", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
        ECKey sig = SyncKeys.newSigningKey();
        var coach = hub.registry().enroll(code, "coach", sig.toPublicJWK(), SyncKeys.newEncryptionKey().toPublicJWK());
        for (int part = 0; part < 5; part++) {
            Bundle bundle = Bundle.up(UUID.randomUUID().toString(), coach.deviceId(), "gemeente-bench", 1, 1000,
                    Instant.now().toString(), changes(1000, coach.coachId()));
            hub.inbox().receive(BundleEnvelope.seal(bundle, sig, hub.keys().currentEncryptionKey()), "bench");
        }
        String leadCode = hub.issueEnrollmentCode("Lead", HubRole.TEAMLEIDER, "noord", Duration.ofHours(1));
        ECKey leadEnc = SyncKeys.newEncryptionKey();
        var lead = hub.registry().enroll(leadCode, "lead", SyncKeys.newSigningKey().toPublicJWK(),
                leadEnc.toPublicJWK());
        long t0 = System.nanoTime();
        Delivery delivery = hub.deliver(lead.deviceId(), 0);
        int received = 0;
        for (String jwe : delivery.bundles()) {
            received += BundleEnvelope.open(jwe, Receiver.device("gemeente-bench", lead.deviceId(), leadEnc),
                    SignerDirectory.only(Hub.HUB_ID, hub.keys().signingKey().toPublicJWK())).bundle().changes().size();
        }
        long t1 = System.nanoTime();
        System.out.printf("first sync of a 5,000-candidate team to a new team-lead device: %d changes in %d"
                + " bundles, hub query+seal and device open+verify %.0f ms (applying to the device's store not"
                + " included)%n", received, delivery.bundles().size(), (t1 - t0) / 1e6);
    }

    /** Scenario (3) on {@code db}, which the hub closes; {@link HubLoadBench} runs it alone, also on PostgreSQL. */
    static void fiftyDevices(HubDatabase db) throws Exception {
        try (Hub hub = Hub.open(db, "gemeente-bench", Clock.systemUTC(), PASSPHRASE.toCharArray());
             HubServer server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", 0, Optional.empty())) {
            int devices = 50;
            int bundlesEach = 10;
            List<List<String>> work = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                String code = hub.issueEnrollmentCode("Coach " + d, HubRole.JOBCOACH, "noord", Duration.ofHours(1));
                ECKey sig = SyncKeys.newSigningKey();
                var e = hub.registry().enroll(code, "d" + d, sig.toPublicJWK(), SyncKeys.newEncryptionKey().toPublicJWK());
                List<String> bundles = new ArrayList<>();
                for (int b = 0; b < bundlesEach; b++) {
                    bundles.add(BundleEnvelope.seal(Bundle.up(UUID.randomUUID().toString(), e.deviceId(),
                            "gemeente-bench", b * 50L + 1, b * 50L + 50, Instant.now().toString(),
                            changes(50, e.coachId())), sig, hub.keys().currentEncryptionPublicKey()));
                }
                work.add(bundles);
            }
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(devices);
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (List<String> bundles : work) {
                futures.add(pool.submit(() -> {
                    HubClient client = new HubClient(server.baseUrl());
                    for (String jwe : bundles) {
                        long s = System.nanoTime();
                        try {
                            client.send(jwe);
                            latencies.add(System.nanoTime() - s);
                        } catch (nl.werkmap.sync.client.HubUnavailableException
                                 | nl.werkmap.sync.client.HubRefusedException e) {
                            errors.add(e.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            long t1 = System.nanoTime();
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("50 devices x %d bundles (50 changes each) at once over loopback HTTP: %.1f bundles/s,"
                    + " p50 %.0f ms, p95 %.0f ms, %d errors%s%n", bundlesEach, sorted.size() / ((t1 - t0) / 1e9),
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                    errors.size(), errors.isEmpty() ? "" : " (first: " + errors.get(0) + ")");
        }
    }
}
