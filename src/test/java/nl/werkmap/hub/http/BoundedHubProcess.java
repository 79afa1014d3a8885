package nl.werkmap.hub.http;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubDatabase;

/**
 * A hub in its own JVM for {@link ParallelHugeBodiesTest}: {@code BoundedHubProcess DIR MAX_BUNDLE_BYTES}. Prints
 * {@code PORT n} when it listens; on the line {@code heap} on stdin prints {@code HEAP peak-used after-gc max}
 * (bytes; the peak sampled every 5 ms from the start). Runs until stdin closes.
 */
public final class BoundedHubProcess {

    private BoundedHubProcess() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + Path.of(args[0]).resolve("hub.db"), null, null),
                "gemeente-a", Clock.systemUTC(), HubFixture.passphrase());
        try (HubServer server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", 0, Optional.empty(),
                HubLimits.withMaxBundleBytes(Long.parseLong(args[1])))) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("heap")) {
                    long sampled = peak.get();
                    System.gc();
                    System.out.println("HEAP " + sampled + " " + memory.getHeapMemoryUsage().getUsed() + " "
                            + memory.getHeapMemoryUsage().getMax());
                    System.out.flush();
                }
            }
        } finally {
            hub.close();
        }
    }
}
