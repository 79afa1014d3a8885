package nl.werkmap.ui.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.SyncService;
import nl.werkmap.sync.SyncStatus;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;

/**
 * The sync item of the status bar: pending changes, a running round and the last successful sync, plus the
 * "Nu synchroniseren" and "Bundel exporteren" actions. The service is made with a same-thread executor and every
 * call goes through {@link Background}, so the database and the network are never touched on the FX thread.
 */
public final class SyncViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d-M HH:mm");

    private final SyncService service;
    private final Background background;
    private final Messages messages;
    private final Navigator navigator;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty enrolled = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);

    public SyncViewModel(SyncService service, Background background, Messages messages, Navigator navigator,
                         Clock clock) {
        this.service = service;
        this.background = background;
        this.messages = messages;
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

    /** Reads the status again, e.g. after a save (a new pending change) or an unlock. */
    public void refresh() {
        background.call(service::status).onSuccess(this::show)
                .onError(e -> text.set(messages.format("sync.status.unreadable", e.getMessage()))).start();
    }

    public void syncNow() {
        if (running.get()) {
            return;
        }
        running.set(true);
        text.set(messages.text("sync.status.running"));
        background.call(() -> service.syncNow().join()).onSuccess(report -> {
            running.set(false);
            navigator.status(describe(report));
            navigator.caseloadChanged();
            refresh();
        }).onError(e -> {
            running.set(false);
            navigator.status(messages.format("sync.failed", cause(e)));
            refresh();
        }).start();
    }

    public void exportBundle(Path file) {
        background.call(() -> service.exportBundle(file).join()).onSuccess(count -> {
            navigator.status(messages.format("sync.exported", count, file.toString()));
            refresh();
        }).onError(e -> navigator.status(messages.format("sync.exportFailed", cause(e)))).start();
    }

    private String describe(SyncReport report) {
        if (!report.ok()) {
            return messages.format("sync.failed", report.error());
        }
        return messages.format("sync.done", report.bundlesSent(), report.changesReceived(), report.conflicts());
    }

    /** The service's own Dutch message, not the wrapper a {@code join()} adds around it. */
    private static String cause(Throwable e) {
        Throwable root = e;
        while ((root instanceof java.util.concurrent.CompletionException
                || root instanceof java.util.concurrent.ExecutionException) && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    void show(SyncStatus status) {
        enrolled.set(status.enrolled());
        if (!status.enrolled()) {
            text.set(messages.text("sync.status.notEnrolled"));
            return;
        }
        List<String> parts = new ArrayList<>();
        if (status.inProgress()) {
            parts.add(messages.text("sync.status.running"));
        } else if (status.lastSuccess() == null) {
            parts.add(messages.text("sync.status.never"));
        } else {
            var local = status.lastSuccess().atZone(clock.getZone());
            boolean today = local.toLocalDate().equals(LocalDate.now(clock));
            parts.add(messages.format("sync.status.last", local.format(today ? TIME : DAY_TIME)));
        }
        if (status.pendingChanges() > 0) {
            parts.add(messages.format("sync.status.pending", status.pendingChanges()));
        }
        if (status.openConflicts() > 0) {
            parts.add(messages.format("sync.status.conflicts", status.openConflicts()));
        }
        if (status.lastError() != null && !status.inProgress()) {
            parts.add(messages.text("sync.status.lastFailed"));
        }
        text.set(String.join(" · ", parts));
    }
}
