package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void resultGoesToOnSuccessAndErrorToOnError() {
        Background background = Background.sameThread();
        List<Object> seen = new ArrayList<>();
        background.call(() -> 41 + 1).onSuccess(seen::add).onError(seen::add).start();
        background.call(() -> {
            throw new IllegalStateException("kapot");
        }).onSuccess(seen::add).onError(e -> seen.add(e.getMessage())).start();
        assertEquals(List.of(42, "kapot"), seen);
        assertFalse(background.busyProperty().get());
    }

    @Test
    void workRunsOnTheWorkerThreadAndResultOnTheHandOverExecutor() throws Exception {
        ExecutorService worker = LoggingExecutors.singleWorker("test-werk");
        LinkedBlockingQueue<Runnable> handOver = new LinkedBlockingQueue<>();
        Background background = new Background(worker, handOver::add);
        List<String> threads = new ArrayList<>();
        background.call(() -> Thread.currentThread().getName()).onSuccess(threads::add).start();
        assertTrue(background.busyProperty().get());
        Runnable delivery = handOver.poll(5, TimeUnit.SECONDS);
        delivery.run();
        assertTrue(threads.get(0).startsWith("test-werk"));
        assertFalse(background.busyProperty().get());
        worker.shutdown();
    }
}
