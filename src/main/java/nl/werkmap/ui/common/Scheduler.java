package nl.werkmap.ui.common;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task after a delay on a thread of its own (never the FX thread): for writes that wait until typing stops,
 * the idle lock's alarm, the busy spinner's steps. Injected, so tests decide when "later" is.
 */
@FunctionalInterface
public interface Scheduler {

    /** A scheduled task that may be called off. */
    @FunctionalInterface
    interface Pending {
        void cancel();
    }

    Pending schedule(Runnable task, Duration delay);

    /** The app's: one daemon thread that logs anything a task throws. */
    static Scheduler daemon(String name) {
        Logger log = LoggerFactory.getLogger(Scheduler.class);
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        // A task set again at every key (the idle lock, a draft's write) is called off as often: gone at once, not
        // kept in the queue until its delay would have passed.
        executor.setRemoveOnCancelPolicy(true);
        return (task, delay) -> {
            ScheduledFuture<?> future = executor.schedule(() -> {
                try {
                    task.run();
                } catch (Throwable e) {
                    log.error("Uitgestelde taak mislukt", e);
                    if (e instanceof Error error) {
                        throw error;
                    }
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
