package nl.werkmap.bench.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.DownFeed;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The hub's half of a first team sync alone, on a team {@link TeamSyncBench} made and kept in {@code DIR}: a new
 * team-lead device is enrolled at the hub (no laptop), and its first fetch is read and sealed {@code ROUNDS} times
 * (default 3; the first is cold) into a sink that only counts. Per round: the time until the feed is ready
 * ({@code Hub.feed}), until the first bundle is sealed (what a device waits for before it can start), and until the
 * last; CPU of this thread and of the whole process; bundles, bytes, and the peak heap used during the round.
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.bench.sync.HubFeedBench -Dexec.args="DIR 3"</pre>
 *
 * DIR must hold a team of TeamSyncBench (hub.db and prepared-N); this bench adds a device to its hub each run.
 */
public final class HubFeedBench {

    private static final String PASSPHRASE = "bench wachtwoord voor de hub";
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private HubFeedBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!Files.exists(dir.resolve("hub.db"))) {
            throw new IllegalArgumentException(dir + " holds no hub.db: make a team with TeamSyncBench N " + dir);
        }
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f at start%n",
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
        Clock clock = Clock.systemUTC();
        try (Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null),
                "gemeente-bench", clock, PASSPHRASE.toCharArray())) {
            String code = hub.issueEnrollmentCode("Lead", HubRole.TEAMLEIDER, "noord", Duration.ofHours(1));
            ECKey encryption = SyncKeys.newEncryptionKey();
            String device = hub.registry().enroll(code, "bench-lead", SyncKeys.newSigningKey().toPublicJWK(),
                    encryption.toPublicJWK()).deviceId();
            for (int round = 1; round <= rounds; round++) {
                round(hub, device, round);
            }
        }
    }

    private static void round(Hub hub, String device, int round) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long c0 = threads.getCurrentThreadCpuTime();
        long a0 = threads.getCurrentThreadAllocatedBytes();
        long p0 = OS.getProcessCpuTime();
        long w0 = System.nanoTime();
        // The envelope form a device of this version reads (-Dbench.form=1: the form of earlier versions).
        DownFeed feed = hub.feed(device, 0, Integer.getInteger("bench.form", BundleEnvelope.NEWEST_FORM));
        long wFeed = System.nanoTime();
        long[] first = {0, 0};
        int[] count = {0};
        long[] bytes = {0};
        try {
            // The fetch answer's path: each bundle sealed in one pass into the output (a stream that only counts).
            DownFeed.class.getMethod("writeEach", OutputStream.class, byte[].class, byte[].class, byte[].class);
            byte[] after = {'"'};
            feed.writeEach(new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                    if (b == after && count[0]++ == 0) {
                        first[0] = System.nanoTime();
                        first[1] = threads.getCurrentThreadCpuTime();
                    }
                }
            }, new byte[] {'"'}, new byte[] {',', '"'}, after);
        } catch (NoSuchMethodException older) {
            // A build from before the one-pass sealing: each bundle sealed whole into a string.
            feed.sealEach(jwe -> {
                if (count[0]++ == 0) {
                    first[0] = System.nanoTime();
                    first[1] = threads.getCurrentThreadCpuTime();
                }
                bytes[0] += jwe.length();
            });
        }
        long w1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        long a1 = threads.getCurrentThreadAllocatedBytes();
        long p1 = OS.getProcessCpuTime();
        long peak = 0;
        long old = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                if (pool.getName().contains("Old")) {
                    old += pool.getPeakUsage().getUsed();
                }
            }
        }
        System.out.printf(Locale.ROOT, "round %d: feed ready %.0f ms, first bundle sealed %.0f ms wall (%.0f ms CPU), all %d"
                + " bundles (%.1f MB) %.0f ms wall; CPU this thread %.0f ms, whole process %.0f ms; allocated by this thread"
                + " %.0f MB; peak heap %.0f MB"
                + " (old generation %.0f MB); form %d | load %.1f%n", round, (wFeed - w0) / 1e6, (first[0] - w0) / 1e6,
                (first[1] - c0) / 1e6, count[0], bytes[0] / 1e6, (w1 - w0) / 1e6, (c1 - c0) / 1e6, (p1 - p0) / 1e6,
                (a1 - a0) / 1e6, peak / 1e6, old / 1e6, feed.form(), OS.getSystemLoadAverage());
    }
}
