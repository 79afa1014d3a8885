package nl.werkmap.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database and crypto work off the FX thread and hands the result back on it. Tests may pass a
 * same-thread worker so flows are deterministic; the app passes {@link LoggingExecutors#singleWorker}.
 * {@link #busyProperty()} is true while any task runs, for progress indicators.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final Executor worker;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public Background(Executor worker, Executor fx) {
        this.worker = Objects.requireNonNull(worker);
        this.fx = Objects.requireNonNull(fx);
    }

    /** The app's setup: a logging worker thread, results on the FX thread. */
    public static Background onWorkerThread(Executor worker) {
        return new Background(worker, Platform::runLater);
    }

    /** For tests: work and result on the calling thread (the FX thread in TestFX). */
    public static Background sameThread() {
        return new Background(Runnable::run, Runnable::run);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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

    /** One piece of background work with its result and error handlers (both run on the FX thread). */
    public final class Job<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<Exception> onError = e -> LOG.error("Achtergrondtaak mislukt", e);

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

        public void start() {
            changeRunning(+1);
            worker.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    LOG.warn("Achtergrondtaak mislukt: {}", e.toString());
                    fx.execute(() -> finish(() -> onError.accept(e)));
                    return;
                }
                fx.execute(() -> finish(() -> onSuccess.accept(result)));
            });
        }

        private void finish(Runnable handler) {
            try {
                handler.run();
            } finally {
                changeRunning(-1);
            }
        }
    }

    /** Called on the FX thread only: start() by the view model, finish() through the fx executor. */
    private void changeRunning(int delta) {
        running += delta;
        busy.set(running > 0);
    }
}
