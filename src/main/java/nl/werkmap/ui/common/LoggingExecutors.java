package nl.werkmap.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background executors whose threads log any exception that escapes a task, so nothing fails unseen. */
public final class LoggingExecutors {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingExecutors.class);

    private LoggingExecutors() {
    }

    /**
     * One worker: SQLite has one writer anyway, and a single queue keeps the order of saves the coach made.
     */
    public static ExecutorService singleWorker(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(() -> {
                try {
                    runnable.run();
                } catch (Throwable e) {
                    // Reported with its stack trace here, whatever it is: an executor would otherwise keep it silent.
                    report(Thread.currentThread(), e);
                    if (e instanceof Error error) {
                        throw error;
                    }
                }
            }, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Fout in thread {}", t.getName(), e));
            return thread;
        });
    }

    /** The app's default handler (if any) writes the crash log; without one, the log line is all there is. */
    private static void report(Thread thread, Throwable e) {
        Thread.UncaughtExceptionHandler app = Thread.getDefaultUncaughtExceptionHandler();
        if (app != null) {
            app.uncaughtException(thread, e);
        } else {
            LOG.error("Onverwachte fout in achtergrondtaak {}", thread.getName(), e);
        }
    }
}
