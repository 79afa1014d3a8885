package nl.werkmap.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database and crypto work off the FX thread and hands the result back on it. Tests may pass a
 * same-thread worker so flows are deterministic; the app passes {@link LoggingExecutors#singleWorker}.
 *
 * <p>Nothing thrown is swallowed: every {@link Throwable} from the work (an {@link Error} too, wrapped so handlers
 * keep taking an {@link Exception}) is logged with its stack trace and handed to the job's error handler; a job
 * without one shows {@code background.failed} through the {@link #reportFailuresTo reporter}. Busy state is
 * counted per task: each job has its own, a screen may count its jobs in its own {@link Busy}, and
 * {@link #busyProperty()} is true while any task runs. A job always ends its busy state, whatever fails.
 *
 * <p>Two lanes, so a long read never holds up what the coach waits for: the interactive lane (opening a
 * candidate, saves, the quick session) and the bulk lane ({@link Job#inBulkLane()}: reports, exports, the week view,
 * reading the whole caseload again). Each lane is one thread, so saves keep the order the coach made them in; only
 * the interactive lane writes what the coach typed. SQLite readers run side by side (the store keeps a few read
 * connections), so a report reading on the bulk lane does not block a candidate being read on the other.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final Executor worker;
    private final Executor bulk;
    private final Executor fx;
    private final Busy all = new Busy();
    private Messages messages;
    private Consumer<String> reporter = text -> { };

    /** One lane for everything (tests that want one deterministic queue). */
    public Background(Executor worker, Executor fx) {
        this(worker, worker, fx);
    }

    /** An interactive lane ({@code worker}) and a bulk lane for long reads and writes to files. */
    public Background(Executor worker, Executor bulk, Executor fx) {
        this.worker = Objects.requireNonNull(worker);
        this.bulk = Objects.requireNonNull(bulk);
        this.fx = Objects.requireNonNull(fx);
    }

    /** One logging worker thread for both lanes, results on the FX thread. */
    public static Background onWorkerThread(Executor worker) {
        return new Background(worker, Platform::runLater);
    }

    /** The app's setup: an interactive and a bulk worker thread, results on the FX thread. */
    public static Background onWorkerThreads(Executor interactive, Executor bulk) {
        return new Background(interactive, bulk, Platform::runLater);
    }

    /** For tests: work and result on the calling thread (the FX thread in TestFX). */
    public static Background sameThread() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** Where a failure without its own handler is shown (the status bar), in the coach's language. */
    public void reportFailuresTo(Messages texts, Consumer<String> sink) {
        this.messages = Objects.requireNonNull(texts);
        this.reporter = Objects.requireNonNull(sink);
    }

    /** True while any task runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return all.property();
    }

    /** A busy state of its own, for one screen's tasks: another screen's failed task never holds it. */
    public Busy newBusy() {
        return new Busy();
    }

    public <T> Job<T> call(Callable<T> work) {
        return new Job<>(work);
    }

    public Job<Void> run(ThrowingRunnable work) {
        return new Job<>(() -> {
            work.run();
            return null;
        });
    }

    /** Work without a result that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Why a task failed, in words for the coach: its message, or a plain "unexpected error" when it has none. */
    public static String reason(Messages texts, Throwable e) {
        Throwable shown = e instanceof TaskFailure && e.getCause() != null ? e.getCause() : e;
        String message = shown.getMessage();
        if (message == null || message.isBlank()) {
            return texts.format("background.unexpected", shown.getClass().getSimpleName());
        }
        return message;
    }

    /** An {@link Error} (out of memory, a missing class) thrown by background work, so handlers still get it. */
    public static final class TaskFailure extends Exception {
        private static final long serialVersionUID = 1L;

        TaskFailure(Throwable cause) {
            super(cause.toString(), cause);
        }
    }

    /** One piece of background work with its result and error handlers (both run on the FX thread). */
    public final class Job<T> {
        private final Callable<T> work;
        private final Busy own = new Busy();
        private Busy screen;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<Exception> onError;
        private Executor lane = worker;

        private Job(Callable<T> work) {
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        public Job<T> onError(Consumer<Exception> handler) {
            this.onError = Objects.requireNonNull(handler);
            return this;
        }

        /** Also counts this job in a screen's own busy state. */
        public Job<T> countIn(Busy busy) {
            this.screen = Objects.requireNonNull(busy);
            return this;
        }

        /**
         * Runs this job on the bulk lane: a long read (a report, the week view, the whole caseload) or a file
         * written, which must not hold up opening a candidate or a save behind it.
         */
        public Job<T> inBulkLane() {
            this.lane = bulk;
            return this;
        }

        /** True while this job runs. */
        public ReadOnlyBooleanProperty busyProperty() {
            return own.property();
        }

        public void start() {
            changeRunning(+1);
            try {
                lane.execute(this::work);
            } catch (RuntimeException | Error refused) {
                // The worker is gone (shut down at close): nothing will ever finish this job, so end it here.
                LOG.error("Achtergrondtaak kon niet starten", refused);
                finish(() -> fail(asException(refused)));
            }
        }

        private void work() {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                LOG.error("Achtergrondtaak mislukt", e);
                Exception failure = asException(e);
                fx.execute(() -> finish(() -> fail(failure)));
                return;
            }
            fx.execute(() -> finish(() -> onSuccess.accept(result)));
        }

        private void fail(Exception e) {
            if (onError != null) {
                onError.accept(e);
            } else if (messages != null) {
                reporter.accept(messages.format("background.failed", reason(messages, e)));
            }
        }

        private void finish(Runnable handler) {
            try {
                handler.run();
            } catch (RuntimeException | Error e) {
                // A handler that throws must not keep the screen busy; the FX thread's handler sees it next.
                LOG.error("Afhandeling van een achtergrondtaak mislukt", e);
                throw e;
            } finally {
                changeRunning(-1);
            }
        }

        private void changeRunning(int delta) {
            own.change(delta);
            all.change(delta);
            if (screen != null) {
                screen.change(delta);
            }
        }
    }

    private static Exception asException(Throwable e) {
        return e instanceof Exception ex ? ex : new TaskFailure(e);
    }
}
