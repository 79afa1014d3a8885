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
import java.util.UUID;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The hub's receive path (open, apply, keep) for one up-bundle of {@code bench.changes} (default 5,000) new
 * candidates with personal fields, then one that changes every one of them again (the stored sealed values are
 * read back for last-writer-wins). Median of {@code bench.rounds} fresh SQLite hubs. Uses only API that existed
 * before the hub sealed its caseload, so the same source compiled with javac against an older build's classes gives
 * the "before" figure in the same run.
 */
public final class HubApplyBench {

    private HubApplyBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int size = Integer.getInteger("bench.changes", 5_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        times.put("new", new ArrayList<>());
        times.put("update", new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            Path dir = Files.createTempDirectory("werkmap-hub-apply");
            try (Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null),
                    "gemeente-bench", Clock.systemUTC(), "bench wachtwoord voor de hub".toCharArray())) {
                ECKey signing = SyncKeys.newSigningKey();
                var device = hub.registry().enroll(hub.issueEnrollmentCode("Bench", HubRole.JOBCOACH, "noord",
                        Duration.ofHours(1)), "bench", signing.toPublicJWK(),
                        SyncKeys.newEncryptionKey().toPublicJWK());
                ECKey municipality = hub.keys().currentEncryptionPublicKey();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    ids.add(UUID.randomUUID().toString());
                }
                long base = System.currentTimeMillis() - 60_000;
                for (String kind : List.of("new", "update")) {
                    List<Change> changes = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        Map<String, String> fields = new LinkedHashMap<>();
                        fields.put("full_name", "Kandidaat " + kind + " " + i);
                        fields.put("phone", "06-" + (10_000_000 + i));
                        fields.put("status", "ACTIEF_TRAJECT");
                        fields.put("talents", "Nauwkeurig, houdt van dieren, werkt graag buiten " + kind + i);
                        fields.put("coach_id", device.coachId());
                        changes.add(new Change("candidate", ids.get(i), fields,
                                new Hlc(base + (kind.equals("new") ? 0 : 30_000) + i, 0).toString(), false));
                    }
                    Bundle bundle = Bundle.up(UUID.randomUUID().toString(), device.deviceId(), "gemeente-bench",
                            1, size, Instant.now().toString(), changes);
                    String jwe = BundleEnvelope.seal(bundle, signing, municipality);
                    Thread.sleep(200);
                    long t0 = System.nanoTime();
                    hub.inbox().receive(jwe, "bench");
                    long t1 = System.nanoTime();
                    times.get(kind).add(t1 - t0);
                }
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        StringBuilder line = new StringBuilder("hub receive of " + size + " changes, median of " + rounds
                + " rounds, ms:");
        times.forEach((kind, list) -> line.append(String.format(" %s %.0f (runs %s);", kind, median(list) / 1e6,
                list.stream().map(t -> String.valueOf(t / 1_000_000)).toList())));
        System.out.println(line);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
