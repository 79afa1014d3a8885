package nl.werkmap.ui.unlock;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Runs a long piece of work on one thread (the FX thread) in short slices: each slice runs steps until its time is
 * up, then queues the next slice behind whatever else waits there (the coach's keys, the next pulse), so those wait
 * for one slice at most. Stops before its next step once asked. Use from the executor's thread only.
 */
public final class SlicedWork {

    private final BooleanSupplier step;
    private final Executor executor;
    private final LongSupplier nanoClock;
    private final long sliceNanos;
    private final Runnable whenOver;
    private boolean stopped;
    private boolean over;
    private int steps;
    private int slices;
    private long longestSlice;
    private long busy;

    /**
     * @param step      does one step; false when nothing is left
     * @param executor  where slices run (e.g. {@code Platform::runLater})
     * @param nanoClock the time in nanoseconds
     * @param sliceNanos a slice ends after the first step that finds this much time used
     * @param whenOver  runs once, on the executor's thread, when the work is done or stopped
     */
    SlicedWork(BooleanSupplier step, Executor executor, LongSupplier nanoClock, long sliceNanos, Runnable whenOver) {
        this.step = step;
        this.executor = executor;
        this.nanoClock = nanoClock;
        this.sliceNanos = sliceNanos;
        this.whenOver = whenOver;
    }

    void start() {
        executor.execute(this::slice);
    }

    /** No further step runs; the one running now (if called from inside it) ends as it is. */
    void stop() {
        stopped = true;
        if (!over) {
            // Any slice still queued finds the work stopped and does nothing.
            end();
        }
    }

    private void slice() {
        if (stopped || over) {
            return;
        }
        long begun = nanoClock.getAsLong();
        long now = begun;
        boolean more = true;
        while (more && !stopped && now - begun < sliceNanos) {
            more = step.getAsBoolean();
            steps++;
            now = nanoClock.getAsLong();
        }
        slices++;
        longestSlice = Math.max(longestSlice, now - begun);
        busy += now - begun;
        if (!more) {
            end();
        } else if (!stopped) {
            executor.execute(this::slice);
        }
    }

    private void end() {
        if (!over) {
            over = true;
            whenOver.run();
        }
    }

    /** What the work did so far. */
    Figures figures() {
        return new Figures(steps, slices, longestSlice / 1e6, busy / 1e6, over && !stopped);
    }

    /**
     * @param finished true when every step ran (not stopped)
     */
    public record Figures(int steps, int slices, double longestSliceMs, double busyMs, boolean finished) {
    }
}
