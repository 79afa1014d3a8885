package nl.werkmap.sync.auto;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.outbox.Backoff;

/**
 * Sync's own thread and its timetable. A hub that does not answer holds up only this thread, never the worker
 * that loads screens. Rounds start by themselves a little after the coach changed something (so a burst of saves
 * makes one round), every {@code period}, and, after a failed round, again with exponential backoff and jitter
 * until the hub answers again: that is how the device notices it is back online. {@link #stop()} (lock, exit)
 * ends the thread and interrupts a hanging call; {@link #start()} makes a fresh one.
 */
public final class AutoSync implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(AutoSync.class);

    /** Timings of the timetable; {@link #standard()} is what the app uses. */
    public record Timing(Duration debounce, Duration period, Duration firstRound, Backoff backoff) {
        public static Timing standard() {
            return new Timing(Duration.ofSeconds(15), Duration.ofMinutes(10), Duration.ofSeconds(5),
                    new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30),
                            java.util.random.RandomGenerator.getDefault()));
        }
    }

    private final Timing timing;
    private final Supplier<SyncReport> round;
    private final AtomicInteger failures = new AtomicInteger();
    private ScheduledExecutorService thread;
    private ScheduledFuture<?> next;
    private long backingOffUntil;

    /**
     * @param round one automatic round, run on this object's thread; it reports failure in its result (and may
     *              throw, e.g. when the caseload is not enrolled, which counts as "nothing to do")
     */
    public AutoSync(Timing timing, Supplier<SyncReport> round) {
        this.timing = Objects.requireNonNull(timing);
        this.round = Objects.requireNonNull(round);
    }

    /** Starts the thread and the periodic round; the first round comes soon after (unlock, start of the app). */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "werkmap-sync");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("Fout in thread {}", th.getName(), e));
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        thread = executor;
        failures.set(0);
        backingOffUntil = 0;
        thread.scheduleWithFixedDelay(this::periodic, timing.period().toMillis(), timing.period().toMillis(),
                TimeUnit.MILLISECONDS);
        scheduleRound(timing.firstRound());
    }

    /** Ends the thread; a round that waits on the network is interrupted. Safe to call twice. */
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
            next = null;
        }
    }

    public synchronized boolean running() {
        return thread != null;
    }

    /** The coach saved something: a round after the debounce, but never before a running backoff ends. */
    public synchronized void changed() {
        scheduleRound(timing.debounce());
    }

    /** How many automatic rounds failed in a row (0 after a good one). */
    public int failuresInARow() {
        return failures.get();
    }

    /** Runs work on sync's thread (the "Nu synchroniseren" round, an export); refused while stopped. */
    @Override
    public synchronized void execute(Runnable work) {
        if (thread == null) {
            throw new RejectedExecutionException("Synchroniseren staat stil zolang Werkmap vergrendeld is.");
        }
        thread.execute(work);
    }

    /** After a round that ran outside the timetable (the button): good news ends a backoff, bad news starts one. */
    public void reportOutcome(SyncReport report) {
        if (report.ok()) {
            synchronized (this) {
                failures.set(0);
                backingOffUntil = 0;
            }
        } else {
            failedRound();
        }
    }

    private void periodic() {
        synchronized (this) {
            if (System.currentTimeMillis() < backingOffUntil) {
                return;
            }
        }
        runRound();
    }

    private void runRound() {
        SyncReport report;
        try {
            report = round.get();
        } catch (RuntimeException e) {
            LOG.debug("Automatische synchronisatie overgeslagen: {}", e.getMessage());
            return;
        }
        reportOutcome(report);
    }

    private void failedRound() {
        int failed = failures.incrementAndGet();
        Duration wait = timing.backoff().after(failed);
        synchronized (this) {
            backingOffUntil = System.currentTimeMillis() + wait.toMillis();
            scheduleRound(wait);
        }
    }

    /** Replaces the pending one-off round; a backoff that is running wins over an earlier wish. */
    private synchronized void scheduleRound(Duration delay) {
        if (thread == null) {
            return;
        }
        long wait = Math.max(delay.toMillis(), backingOffUntil - System.currentTimeMillis());
        if (next != null) {
            next.cancel(false);
        }
        try {
            next = thread.schedule(this::runRound, Math.max(0, wait), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Sync-thread is al gestopt");
        }
    }
}
