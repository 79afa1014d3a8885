package nl.werkmap.bench.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.hub.store.MasterCaseload;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.HlcClock;

/**
 * The issue's first figure, in one run: a bundle of 10,000 new candidates built, signed, encrypted, sent over
 * loopback HTTP to a real hub, and there decrypted, verified, applied to SQLite and kept; against plain AES-256-GCM
 * (write JSON, encrypt, decrypt, read JSON) over the same payload. Apply alone is timed on a second hub, on the same
 * changes, so its share is visible; and the path without HTTP on a third hub (seal, then the hub's receive called in
 * process), so the loopback transfer's share is visible too. Each round uses new candidates, so the master store
 * grows as a real one does.
 */
public final class FullPathBench {

    private static final int CHANGES = 10_000;
    private static final int ROUNDS = 12;
    private static final long SETTLE_MS = 600;

    private FullPathBench() {
    }

    /** Runs this figure alone: the same command as {@link SyncBench} with {@code -Dexec.mainClass} set to this class. */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        run(java.nio.file.Files.createTempDirectory("werkmap-full-path-bench"), "bench wachtwoord voor de hub");
    }

    static void run(Path dir, String passphrase) throws Exception {
        // Honest baseline: a 256-bit key, and AES-GCM warmed for both sides before any figure is taken.
        SecretKey aes = PlainAes.key256();
        PlainAes.warm(aes);
        List<Long> full = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        List<Long> inserts = new ArrayList<>();
        List<Double> pairRatios = new ArrayList<>();
        List<Long> apply = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        int payloadBytes = 0;
        try (Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("full.db"), null, null),
                "gemeente-bench", Clock.systemUTC(), passphrase.toCharArray());
             HubDatabase applyOnly = HubDatabase.open("jdbc:sqlite:" + dir.resolve("apply-only.db"), null, null);
             Hub directHub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("direct.db"), null, null),
                     "gemeente-bench", Clock.systemUTC(), passphrase.toCharArray());
             HubServer server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", 0, Optional.empty())) {
            String code = hub.issueEnrollmentCode("Bench", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
            ECKey signing = nl.werkmap.sync.protocol.SyncKeys.newSigningKey();
            var device = hub.registry().enroll(code, "bench", signing.toPublicJWK(),
                    nl.werkmap.sync.protocol.SyncKeys.newEncryptionKey().toPublicJWK());
            ECKey municipality = hub.keys().currentEncryptionPublicKey();
            ECKey directSigning = nl.werkmap.sync.protocol.SyncKeys.newSigningKey();
            var directDevice = directHub.registry().enroll(directHub.issueEnrollmentCode("Bench", HubRole.JOBCOACH,
                    "noord", Duration.ofHours(1)), "bench", directSigning.toPublicJWK(),
                    nl.werkmap.sync.protocol.SyncKeys.newEncryptionKey().toPublicJWK());
            ECKey directMunicipality = directHub.keys().currentEncryptionPublicKey();
            HubClient client = new HubClient(server.baseUrl(), null, Duration.ofMinutes(2));
            MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()),
                    nl.werkmap.hub.store.MasterSealing.with(nl.werkmap.security.Vault.createDetached(
                            "bank paard lamp regen".toCharArray()).vault()));
            for (int round = 0; round < ROUNDS; round++) {
                List<Change> changes = SyncBench.changes(CHANGES, device.coachId());
                Bundle bundle = Bundle.up(UUID.randomUUID().toString(), device.deviceId(), "gemeente-bench",
                        round * (long) CHANGES + 1, (round + 1L) * CHANGES, Instant.now().toString(), changes);

                Bundle directBundle = Bundle.up(UUID.randomUUID().toString(), directDevice.deviceId(),
                        "gemeente-bench", round * (long) CHANGES + 1, (round + 1L) * CHANGES, Instant.now().toString(),
                        changes);

                settle();
                long p0 = System.nanoTime();
                payloadBytes = PlainAes.roundTrip(bundle, aes);
                long p1 = System.nanoTime();

                settle();
                long f0 = System.nanoTime();
                client.send(BundleEnvelope.seal(bundle, signing, municipality));
                long f1 = System.nanoTime();

                settle();
                long insert = PlainInsert.insert(dir.resolve("plain-" + round + ".db"), changes);

                settle();
                long a0 = System.nanoTime();
                applyOnly.write(dsl -> caseload.apply(dsl, device.deviceId(), changes));
                long a1 = System.nanoTime();

                settle();
                long d0 = System.nanoTime();
                directHub.inbox().receive(BundleEnvelope.seal(directBundle, directSigning, directMunicipality), "bench");
                long d1 = System.nanoTime();

                if (round >= 2) {
                    full.add(f1 - f0);
                    plain.add(p1 - p0);
                    apply.add(a1 - a0);
                    direct.add(d1 - d0);
                    inserts.add(insert);
                    pairRatios.add((double) (f1 - f0) / ((p1 - p0) + insert));
                }
            }
        }
        System.out.printf("10k-change bundle (%d KiB payload), full path build+sign+encrypt+HTTP send+decrypt+verify+"
                + "apply+keep: median %.0f ms (best %.0f); plain AES-256-GCM write+encrypt+decrypt+read: median %.0f ms"
                + " (best %.0f); ratio of medians %.2fx; apply alone (10k rows, 50k fields, one transaction): median"
                + " %.0f ms (best %.0f); %d rounds after 2 warm-up%n", payloadBytes / 1024, median(full) / 1e6,
                Collections.min(full) / 1e6, median(plain) / 1e6, Collections.min(plain) / 1e6,
                (double) median(full) / median(plain), median(apply) / 1e6, Collections.min(apply) / 1e6,
                full.size());
        System.out.printf("honest baseline per pair (same changes, same round): JSON + AES-256-GCM (warmed) + plain"
                + " SQLite insert of the same rows: median %.0f ms (insert alone %.0f ms); full path / baseline: median"
                + " of per-pair ratios %.2fx (best %.2fx, worst %.2fx)%n", (median(plain) + median(inserts)) / 1e6,
                median(inserts) / 1e6, medianOf(pairRatios), Collections.min(pairRatios),
                Collections.max(pairRatios));
        System.out.printf("same path without HTTP (build+sign+encrypt, then the hub's receive called in process):"
                + " median %.0f ms (best %.0f); ratio of medians to plain AES %.2fx; HTTP loopback share of the full"
                + " path %.0f ms%n", median(direct) / 1e6, Collections.min(direct) / 1e6,
                (double) median(direct) / median(plain), (median(full) - median(direct)) / 1e6);
    }

    static double medianOf(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * A pause before each timed part, so the hubs' background WAL checkpoints of the part before have finished and
     * neither slow the next part nor the plain AES figure.
     */
    private static void settle() throws InterruptedException {
        Thread.sleep(SETTLE_MS);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
