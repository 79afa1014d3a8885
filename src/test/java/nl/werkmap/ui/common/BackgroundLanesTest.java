package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A long read on the bulk lane (a report, the week view) never holds up opening a candidate or a save. */
class BackgroundLanesTest {

    @Test
    void anInteractiveJobFinishesWhileABulkJobIsStillRunning() throws Exception {
        ExecutorService interactive = LoggingExecutors.singleWorker("test-interactief");
        ExecutorService bulk = LoggingExecutors.singleWorker("test-bulk");
        LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        Background background = new Background(interactive, bulk, fx::add);
        CountDownLatch reportMayEnd = new CountDownLatch(1);
        List<String> done = new ArrayList<>();
        try {
            background.call(() -> {
                assertTrue(reportMayEnd.await(10, TimeUnit.SECONDS));
                return "rapport";
            }).onSuccess(done::add).inBulkLane().start();
            background.call(() -> "kandidaat " + Thread.currentThread().getName()).onSuccess(done::add).start();

            Runnable first = fx.poll(10, TimeUnit.SECONDS);
            first.run();
            assertEquals(1, done.size(), "the candidate came in while the report still ran");
            assertTrue(done.get(0).startsWith("kandidaat test-interactief"), done.toString());
            assertTrue(background.busyProperty().get(), "the report still counts as running");

            reportMayEnd.countDown();
            fx.poll(10, TimeUnit.SECONDS).run();
            assertEquals(List.of(done.get(0), "rapport"), done);
        } finally {
            reportMayEnd.countDown();
            interactive.shutdown();
            bulk.shutdown();
        }
    }

    @Test
    void withOneExecutorBothLanesShareItInOrder() {
        LinkedBlockingQueue<Runnable> work = new LinkedBlockingQueue<>();
        Background background = new Background(work::add, Runnable::run);
        List<String> done = new ArrayList<>();
        background.call(() -> "bulk").onSuccess(done::add).inBulkLane().start();
        background.call(() -> "interactief").onSuccess(done::add).start();
        assertEquals(2, work.size(), "tests with one queue keep one deterministic order");
        work.poll().run();
        work.poll().run();
        assertEquals(List.of("bulk", "interactief"), done);
    }
}
