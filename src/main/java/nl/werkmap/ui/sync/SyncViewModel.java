package nl.werkmap.ui.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.SyncService;
import nl.werkmap.sync.SyncStatus;
import nl.werkmap.sync.auto.AutoSync;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;

/**
 * The sync item of the status bar: pending changes, a running round and the last successful sync, plus the
 * "Nu synchroniseren" and "Bundel exporteren" actions. Rounds and exports run on sync's own thread ({@link
 * AutoSync}), so a hub that does not answer never holds up the worker that loads screens; the quick status read
 * goes through {@link Background}. Nothing touches the database or the network on the FX thread.
 */
public final class SyncViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SyncService service;
    private final AutoSync auto;
    private final Executor fx;
    private final Background background;
    private final Messages messages;
    private final Dates dates;
    private final Navigator navigator;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty enrolled = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty lastError = new SimpleStringProperty();
    private final BooleanProperty revoked = new SimpleBooleanProperty(false);
    private final Consumer<SyncStatus> listener = this::told;
    /** Guards the two fields below: statuses are told on sync's threads and shown on the FX thread. */
    private final Object toShow = new Object();
    /**
     * The newest snapshot of a running round not shown yet; while one waits for the FX thread, later ones replace
     * it instead of queueing more (a first sync tells one a bundle).
     */
    private SyncStatus runningWaiting;
    /** Counts the statuses told that are not of a running round: a task queued before one of them shows nothing. */
    private long ended;
    private Runnable settled = () -> { };

    /**
     * @param auto sync's thread and timetable; {@code service} must run its work on it
     * @param fx where results are shown: {@code Platform::runLater} in the app
     */
    public SyncViewModel(SyncService service, AutoSync auto, Background background, Executor fx, Messages messages,
                         Navigator navigator, Clock clock) {
        this.service = service;
        this.auto = auto;
        this.fx = fx;
        this.background = background;
        this.messages = messages;
        this.dates = new Dates(messages);
        this.navigator = navigator;
        this.clock = clock;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** Whether this device is coupled to the municipality's hub; the sync button needs that. */
    public ReadOnlyBooleanProperty enrolledProperty() {
        return enrolled;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** The last round's problem in Dutch (what happened, what to do), or null; the status text's tooltip. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError;
    }

    /** The hub revoked this laptop: the bar says so and offers linking again. */
    public ReadOnlyBooleanProperty revokedProperty() {
        return revoked;
    }

    /**
     * Told on the FX thread whenever a fresh status shows no round running: after each round (automatic or not),
     * an export, an enrolment or a refresh. The caseload re-reads its sync marks then.
     */
    public void onSettled(Runnable listener) {
        this.settled = java.util.Objects.requireNonNull(listener);
    }

    /**
     * A status from the service, on whatever thread told it: shown on the FX thread, in the order told. Snapshots of
     * a running round coalesce (the newest shows); any other is shown on its own and supersedes a running one still
     * waiting, which then never shows (not even after it, as the next round's first snapshot may).
     */
    void told(SyncStatus status) {
        if (!status.inProgress()) {
            synchronized (toShow) {
                ended++;
                runningWaiting = null;
            }
            fx.execute(() -> show(status));
            return;
        }
        boolean queue;
        long since;
        synchronized (toShow) {
            queue = runningWaiting == null;
            runningWaiting = status;
            since = ended;
        }
        if (queue) {
            fx.execute(() -> showRunningWaiting(since));
        }
    }

    private void showRunningWaiting(long since) {
        SyncStatus newest;
        synchronized (toShow) {
            if (since != ended) {
                return;
            }
            newest = runningWaiting;
            runningWaiting = null;
        }
        if (newest != null) {
            show(newest);
        }
    }

    /** Starts sync's thread and timetable (after unlock) and follows the service's status on the FX thread. */
    public void start() {
        service.removeListener(listener);
        service.addListener(listener);
        auto.start();
        refresh();
    }

    /** Stops sync's thread (lock, exit): a hanging call is interrupted and nothing runs while the vault is shut. */
    public void stop() {
        service.removeListener(listener);
        auto.stop();
    }

    /**
     * Reads the status again, e.g. after a save or an unlock. Changes waiting to go out ask the timetable for a
     * round a little later; after a round that sent everything there are none, so a round never triggers the next.
     */
    public void refresh() {
        background.call(service::status).onSuccess(status -> {
            show(status);
            if (status.enrolled() && status.pendingChanges() > 0 && !status.inProgress() && auto.running()) {
                auto.changed();
            }
        }).onError(e -> text.set(messages.format("sync.status.unreadable", e.getMessage()))).start();
    }

    public void syncNow() {
        if (running.get()) {
            return;
        }
        running.set(true);
        text.set(messages.text("sync.status.running"));
        service.syncNow().whenCompleteAsync((report, error) -> {
            running.set(false);
            if (error != null) {
                navigator.status(messages.format("sync.failed", cause(error)));
            } else {
                auto.reportOutcome(report);
                navigator.status(describe(report));
                if (!report.ok() || report.broughtSomething()) {
                    // As after an automatic round (SyncSetup), and after a failed one, which may have stored part.
                    navigator.caseloadChanged();
                }
            }
            refresh();
        }, fx);
    }

    public void exportBundle(Path file) {
        service.exportBundle(file).whenCompleteAsync((count, error) -> {
            if (error != null) {
                navigator.status(messages.format("sync.exportFailed", cause(error)));
            } else {
                navigator.status(messages.format("sync.exported", count, file.toString()));
                refresh();
            }
        }, fx);
    }

    String describe(SyncReport report) {
        if (!report.ok()) {
            return messages.format("sync.failed", report.error());
        }
        String done = messages.format("sync.done", report.bundlesSent(), report.changesReceived(), report.conflicts());
        return report.transferredAway() == 0 ? done
                : done + " " + messages.format("sync.transferredAway", report.transferredAway());
    }

    /** The service's own Dutch message, not the wrapper a {@code join()} adds around it. */
    static String cause(Throwable e) {
        Throwable root = rootCause(e);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The failure inside the wrappers {@link java.util.concurrent.CompletableFuture} adds. */
    static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while ((root instanceof java.util.concurrent.CompletionException
                || root instanceof java.util.concurrent.ExecutionException) && root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /** A fresh "Koppelen aan de gemeente" for the dialog; once linked, the status reads again and a round follows. */
    public EnrolViewModel newEnrolment() {
        String user = System.getProperty("user.name", "coach");
        return new EnrolViewModel(service, fx, messages, messages.format("sync.enrol.deviceName", user), () -> {
            refresh();
            if (auto.running()) {
                auto.changed();
            }
        });
    }

    void show(SyncStatus status) {
        showStatus(status);
        if (!status.inProgress()) {
            settled.run();
        }
    }

    private void showStatus(SyncStatus status) {
        enrolled.set(status.enrolled());
        running.set(status.inProgress());
        lastError.set(status.enrolled() ? status.lastError() : null);
        revoked.set(status.enrolled() && SyncEngine.REVOKED_MESSAGE.equals(status.lastError()));
        if (!status.enrolled()) {
            text.set(messages.text("sync.status.notEnrolled"));
            return;
        }
        List<String> parts = new ArrayList<>();
        if (status.inProgress()) {
            parts.add(status.receivedSoFar() > 0 ? messages.format("sync.status.receiving", status.receivedSoFar())
                    : messages.text("sync.status.running"));
        } else if (status.lastSuccess() == null) {
            parts.add(messages.text("sync.status.never"));
        } else {
            var local = status.lastSuccess().atZone(clock.getZone());
            boolean today = local.toLocalDate().equals(LocalDate.now(clock));
            parts.add(messages.format("sync.status.last", today ? local.format(TIME) : dates.format(local.toLocalDateTime())));
        }
        if (status.pendingChanges() > 0) {
            parts.add(messages.format("sync.status.pending", status.pendingChanges()));
        }
        if (status.openConflicts() > 0) {
            parts.add(messages.format("sync.status.conflicts", status.openConflicts()));
        }
        if (revoked.get() && !status.inProgress()) {
            parts.add(messages.text("sync.status.revoked"));
        } else if (status.lastError() != null && !status.inProgress()) {
            parts.add(messages.text("sync.status.lastFailed"));
        }
        text.set(String.join(" · ", parts));
    }
}
