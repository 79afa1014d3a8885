package nl.werkmap.bench.screens;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javafx.application.Platform;

/**
 * How long something handed to the FX thread waits before it runs, probed over a stretch of time: a task posted,
 * timed until it runs, the next one posted a millisecond after. The longest such wait is what a key typed in that
 * stretch would have waited before the app even saw it (key events and posted tasks share the FX thread's queue),
 * e.g. while the next candidate's screen is made ahead after the coach went back to the list (issue 13).
 */
final class FxWaitProbe {

    private final Thread thread;
    private volatile boolean stop;
    private volatile double longestMs;
    private volatile int probes;

    private FxWaitProbe() {
        thread = new Thread(this::run, "bench-fx-wait-probe");
        thread.setDaemon(true);
    }

    /** Starts probing now, until {@link #stop()}. */
    static FxWaitProbe start() {
        FxWaitProbe probe = new FxWaitProbe();
        probe.thread.start();
        return probe;
    }

    /** Stops after the probe in flight has run; returns the longest wait seen, in ms. */
    double stop() throws InterruptedException {
        stop = true;
        thread.join(TimeUnit.SECONDS.toMillis(30));
        return longestMs;
    }

    int probes() {
        return probes;
    }

    private void run() {
        while (!stop) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                longestMs = Math.max(longestMs, (System.nanoTime() - posted) / 1e6);
                ran.countDown();
            });
            try {
                ran.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            probes++;
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
