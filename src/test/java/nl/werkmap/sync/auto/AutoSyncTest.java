package nl.werkmap.sync.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.outbox.Backoff;

/** The automatic timetable on a real thread with short timings: debounce, period, backoff until the hub is back. */
class AutoSyncTest {

    private static final SyncReport OK = new SyncReport(1, 0, 0, 0, null);
    private static final SyncReport DOWN = new SyncReport(0, 0, 0, 0, "De hub is niet bereikbaar.");

    private static Backoff fastBackoff() {
        return new Backoff(Duration.ofMillis(40), Duration.ofMillis(400), RandomGenerator.getDefault());
    }

    @Test
    void aBurstOfSavesMakesOneRoundAfterTheDebounce() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        AutoSync auto = new AutoSync(new AutoSync.Timing(Duration.ofMillis(300), Duration.ofHours(1),
                Duration.ofHours(1), fastBackoff()), () -> {
                    rounds.incrementAndGet();
                    return OK;
                });
        auto.start();
        try {
            for (int i = 0; i < 5; i++) {
                auto.changed();
                Thread.sleep(20);
            }
            assertEquals(0, rounds.get(), "nothing before the debounce has passed");
            waitFor(() -> rounds.get() == 1, 5000);
            Thread.sleep(500);
            assertEquals(1, rounds.get(), "five saves in a burst make one round");
        } finally {
            auto.stop();
        }
    }

    @Test
    void roundsRunSoonAfterStartAndThenPeriodically() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        AutoSync auto = new AutoSync(new AutoSync.Timing(Duration.ofHours(1), Duration.ofMillis(100),
                Duration.ofMillis(10), fastBackoff()), () -> {
                    rounds.incrementAndGet();
                    return OK;
                });
        auto.start();
        try {
            waitFor(() -> rounds.get() >= 4, 5000);
        } finally {
            auto.stop();
        }
    }

    @Test
    void afterFailuresItRetriesWithGrowingWaitsUntilTheHubIsBackThenRests() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        long[] at = new long[6];
        AutoSync auto = new AutoSync(new AutoSync.Timing(Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofMillis(1), fastBackoff()), () -> {
                    int n = rounds.getAndIncrement();
                    if (n < at.length) {
                        at[n] = System.nanoTime();
                    }
                    return n < 4 ? DOWN : OK;
                });
        auto.start();
        try {
            waitFor(() -> rounds.get() == 5, 10_000);
            assertEquals(0, auto.failuresInARow(), "the fifth round got through");
            Thread.sleep(600);
            assertEquals(5, rounds.get(), "after a good round nothing runs until something changes");
            // after n failures the wait is at least half of 40 ms * 2^(n-1): 20, 40, 80, 160 ms
            for (int n = 1; n <= 4; n++) {
                long waitedMs = (at[n] - at[n - 1]) / 1_000_000;
                long floor = (40L << (n - 1)) / 2;
                assertTrue(waitedMs >= floor - 2, "wait after failure " + n + " was " + waitedMs + " ms");
            }
        } finally {
            auto.stop();
        }
    }

    @Test
    void aSaveDuringABackoffWaitsForTheBackoff() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        AutoSync auto = new AutoSync(new AutoSync.Timing(Duration.ofMillis(1), Duration.ofHours(1),
                Duration.ofHours(1), new Backoff(Duration.ofMillis(800), Duration.ofMillis(800),
                RandomGenerator.getDefault())), () -> {
                    rounds.incrementAndGet();
                    return DOWN;
                });
        auto.start();
        try {
            auto.changed();
            waitFor(() -> rounds.get() == 1, 5000);
            auto.changed();
            Thread.sleep(250);
            assertEquals(1, rounds.get(), "the hub is not asked again before half the backoff has passed");
        } finally {
            auto.stop();
        }
    }

    @Test
    void aStoppedTimetableRefusesWork() {
        AutoSync auto = new AutoSync(AutoSync.Timing.standard(), () -> OK);
        assertThrows(RejectedExecutionException.class, () -> auto.execute(() -> { }));
        auto.start();
        auto.stop();
        assertThrows(RejectedExecutionException.class, () -> auto.execute(() -> { }));
    }

    private static void waitFor(BooleanSupplier condition, long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("condition not met within " + millis + " ms");
            }
            Thread.sleep(5);
        }
    }
}
