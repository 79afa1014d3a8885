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

    @Test
    void anErrorReachesTheHandlerAndEndsTheBusyState() {
        Background background = Background.sameThread();
        Busy screen = background.newBusy();
        List<Object> seen = new ArrayList<>();
        background.call(() -> {
            throw new StackOverflowError("te diep");
        }).onSuccess(seen::add).onError(seen::add).countIn(screen).start();
        assertEquals(1, seen.size());
        Exception e = (Exception) seen.get(0);
        assertTrue(e instanceof Background.TaskFailure, e.toString());
        assertTrue(e.getCause() instanceof StackOverflowError);
        assertEquals("te diep", Background.reason(Messages.dutch(), e));
        assertFalse(background.busyProperty().get(), "an Error no longer leaves the screen busy");
        assertFalse(screen.get());
    }

    @Test
    void aJobWithoutHandlerShowsTheDutchMessageByKeyAndEnglishInEnglish() {
        for (Messages texts : List.of(Messages.dutch(), Messages.forLocale(java.util.Locale.ENGLISH))) {
            Background background = Background.sameThread();
            List<String> shown = new ArrayList<>();
            background.reportFailuresTo(texts, shown::add);
            background.run(() -> {
                throw new NullPointerException();
            }).start();
            assertEquals(List.of(texts.format("background.failed",
                    texts.format("background.unexpected", "NullPointerException"))), shown);
        }
        assertTrue(Messages.dutch().format("background.failed", "x").startsWith("Er ging iets mis"));
    }

    @Test
    void busyIsPerTaskSoAFailedTaskCannotHoldAnotherScreen() {
        LinkedBlockingQueue<Runnable> work = new LinkedBlockingQueue<>();
        Background background = new Background(work::add, Runnable::run);
        Busy report = background.newBusy();
        Busy sessions = background.newBusy();
        Background.Job<Void> failing = background.run(() -> {
            throw new IllegalStateException("schijf vol");
        }).onError(e -> { }).countIn(sessions);
        Background.Job<Integer> slow = background.call(() -> 1).countIn(report);
        failing.start();
        slow.start();
        assertTrue(sessions.get() && report.get() && failing.busyProperty().get());
        work.poll().run();
        assertFalse(sessions.get(), "the failed task ended its own busy state");
        assertFalse(failing.busyProperty().get());
        assertTrue(report.get(), "the other screen's task still runs");
        work.poll().run();
        assertFalse(report.get());
        assertFalse(background.busyProperty().get());
    }

    @Test
    void aThrowingHandlerOrARefusedStartStillEndsTheBusyState() {
        Background background = Background.sameThread();
        try {
            background.call(() -> 1).onSuccess(v -> {
                throw new IllegalStateException("handler kapot");
            }).start();
        } catch (IllegalStateException expected) {
            // the FX thread's handler gets it; the busy state must end anyway
        }
        assertFalse(background.busyProperty().get());
        Background closed = new Background(r -> {
            throw new java.util.concurrent.RejectedExecutionException("afgesloten");
        }, Runnable::run);
        List<Object> seen = new ArrayList<>();
        closed.run(() -> { }).onError(seen::add).start();
        assertEquals(1, seen.size());
        assertFalse(closed.busyProperty().get());
    }
}
