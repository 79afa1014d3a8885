package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * First syncs hold their reader while the device receives the feed ({@link HubDatabase#longRead}). As many of them as
 * the hub has readers may arrive together; only half run at once, the rest wait their turn, and every other read
 * still finds a reader at once (before, it waited up to 30 seconds and then failed).
 */
class HubLongReadsTest {

    @TempDir
    Path dir;

    @Test
    void longReadsNeverTakeEveryReader() throws Exception {
        ExecutorService devices = Executors.newFixedThreadPool(HubDatabase.READERS);
        try (HubDatabase db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null)) {
            CountDownLatch inside = new CountDownLatch(HubDatabase.LONG_READS);
            CountDownLatch release = new CountDownLatch(1);
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < HubDatabase.READERS; i++) {
                reads.add(devices.submit(() -> db.longRead(dsl -> {
                    inside.countDown();
                    await(release);
                    return dsl.fetchOne("SELECT 1").get(0, Integer.class);
                })));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                inside.await();
                while (db.longReadsWaiting() < HubDatabase.READERS - HubDatabase.LONG_READS) {
                    Thread.onSpinWait();
                }
                // Every device has asked; half hold a reader, the rest wait. Any other read goes straight through.
                assertEquals(2, (int) db.read(dsl -> dsl.fetchOne("SELECT 2").get(0, Integer.class)));
            });
            assertEquals(HubDatabase.READERS - HubDatabase.LONG_READS, db.longReadsWaiting());
            release.countDown();
            for (Future<Integer> read : reads) {
                assertEquals(1, read.get(20, TimeUnit.SECONDS));
            }
            assertEquals(0, db.longReadsWaiting());
        } finally {
            devices.shutdownNow();
        }
        assertTrue(devices.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void aLongReadThatWaitedTooLongForItsTurnIsBusyNotBroken() throws Exception {
        ExecutorService devices = Executors.newFixedThreadPool(HubDatabase.LONG_READS);
        try (HubDatabase db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null)) {
            db.longReadWait(Duration.ofMillis(100));
            CountDownLatch inside = new CountDownLatch(HubDatabase.LONG_READS);
            CountDownLatch release = new CountDownLatch(1);
            List<Future<Integer>> holding = new ArrayList<>();
            for (int i = 0; i < HubDatabase.LONG_READS; i++) {
                holding.add(devices.submit(() -> db.longRead(dsl -> {
                    inside.countDown();
                    await(release);
                    return 1;
                })));
            }
            assertTrue(inside.await(20, TimeUnit.SECONDS));
            HubStoreBusyException busy = assertThrows(HubStoreBusyException.class, () -> db.longRead(dsl -> 1));
            assertTrue(busy.getMessage().startsWith("Er lopen al " + HubDatabase.LONG_READS + " eerste"
                    + " synchronisaties op de hub"), busy.getMessage());
            assertTrue(busy.getMessage().endsWith("Werkmap probeert het later vanzelf opnieuw."), busy.getMessage());
            release.countDown();
            for (Future<Integer> read : holding) {
                assertEquals(1, read.get(20, TimeUnit.SECONDS));
            }
            assertEquals(2, (int) db.longRead(dsl -> dsl.fetchOne("SELECT 2").get(0, Integer.class)), "its turn now");
        } finally {
            devices.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
