package nl.werkmap.bench.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.random.RandomGenerator;

import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.outbox.Backoff;

/**
 * An earlier new team-lead laptop for TeamSyncBench's {@code -Dbench.hubWarm=N}, in a JVM of its own so it warms
 * the hub and nothing of the laptop measured after it: enrols with {@code CODE} at {@code URL}, with its own keyring
 * and caseload in a new folder, and syncs until a round brings no changes, as the measured laptop does. Deletes its
 * files when done.
 *
 * <pre>WarmUpLaptop URL CODE</pre>
 */
public final class WarmUpLaptop {

    private WarmUpLaptop() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String url = args[0];
        String code = args[1];
        Path dir = Files.createTempDirectory("werkmap-warm-lead");
        Clock clock = Clock.systemUTC();
        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        long w0 = System.nanoTime();
        int changes = 0;
        int rounds = 0;
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("lead.db"), vault.sealer(), clock)) {
            Enroller.enroll(store, vault.sealer(), new HubClient(url), url, code, "warm-up lead");
            SyncEngine engine = new SyncEngine(store, vault.sealer(), clock, new Backoff(Duration.ofMillis(1),
                    Duration.ofMillis(5), RandomGenerator.getDefault()), u -> new HubClient(u, null,
                    Duration.ofMinutes(5)));
            for (int round = 0; round < 50; round++) {
                SyncReport down = engine.syncOnce(true);
                if (!down.ok()) {
                    throw new IllegalStateException(down.error());
                }
                rounds++;
                changes += down.changesReceived();
                if (down.changesReceived() == 0) {
                    break;
                }
            }
        } finally {
            vault.lock();
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
        System.out.printf(Locale.ROOT, "  warm-up laptop: %,d changes in %d rounds, %.0f ms wall%n", changes, rounds,
                (System.nanoTime() - w0) / 1e6);
    }
}
