package nl.werkmap.ui.retention;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.service.erasure.ErasureRefusedException;
import nl.werkmap.service.erasure.ErasureService;
import nl.werkmap.service.erasure.RetentionItem;
import nl.werkmap.service.erasure.RetentionOverview;
import nl.werkmap.service.erasure.RetentionService;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/**
 * The retention overview (issue 16): who is due for erasure, who follows within 90 days, and the erasure itself,
 * confirmed first (with the legal reason when it comes before the retention date). Reads and erasures run in the
 * background; a refusal comes back in the screen's language.
 */
public final class RetentionViewModel {

    private final Messages messages;
    private final Background background;
    private final RetentionService retention;
    private final ErasureService erasure;
    private final Runnable erased;
    private final ObservableList<RetentionItem> due = FXCollections.observableArrayList();
    private final ObservableList<RetentionItem> soon = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty confirmed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<RetentionItem> confirming = new SimpleObjectProperty<>();

    /** {@code erased}: runs on the FX thread after an erasure, so the caseload list forgets the candidate. */
    public RetentionViewModel(Messages messages, Background background, RetentionService retention,
                              ErasureService erasure, Runnable erased) {
        this.messages = messages;
        this.background = background;
        this.retention = retention;
        this.erasure = erasure;
        this.erased = erased;
    }

    public void reload() {
        busy.set(true);
        background.call(retention::overview).inBulkLane().onSuccess(this::show).onError(e -> {
            busy.set(false);
            message.set(Background.reason(messages, e));
        }).start();
    }

    private void show(RetentionOverview overview) {
        busy.set(false);
        due.setAll(overview.due());
        soon.setAll(overview.soon());
        summary.set(messages.format("retention.policy", retention.policy().years(), retention.policy().uwvYears())
                + " " + messages.format("retention.keptLonger", overview.keptLonger()));
    }

    /** Opens the confirmation for {@code item}. */
    public void askErase(RetentionItem item) {
        reason.set("");
        confirmed.set(false);
        message.set("");
        confirming.set(item);
    }

    public void cancel() {
        confirming.set(null);
    }

    /** Erases the candidate under confirmation, once the box is ticked. */
    public void confirmErase() {
        RetentionItem item = confirming.get();
        if (item == null || !confirmed.get()) {
            return;
        }
        String stated = reason.get() == null || reason.get().isBlank() ? null : reason.get().strip();
        busy.set(true);
        background.call(() -> erasure.erase(item.candidateId(), stated)).onSuccess(files -> {
            busy.set(false);
            confirming.set(null);
            message.set(messages.format("retention.erased", name(item)) + ErasedFilesText.of(messages, files));
            erased.run();
            reload();
        }).onError(e -> {
            busy.set(false);
            Throwable cause = e instanceof Background.TaskFailure && e.getCause() != null ? e.getCause() : e;
            message.set(cause instanceof ErasureRefusedException refused
                    ? messages.format(refusalKey(refused), String.valueOf(refused.argument()))
                    : Background.reason(messages, e));
        }).start();
    }

    private static String refusalKey(ErasureRefusedException refused) {
        return switch (refused.refusal()) {
            case UNKNOWN -> "retention.refused.UNKNOWN";
            case NOT_AUTHORISED -> "retention.refused.NOT_AUTHORISED";
            case UNSYNCED -> "retention.refused.UNSYNCED";
            case OPEN_PLACEMENT -> "retention.refused.OPEN_PLACEMENT";
            case BEFORE_RETENTION -> "retention.refused.BEFORE_RETENTION";
        };
    }

    /** Whether erasing goes to the hub and the team's laptops too. */
    public boolean reachesHub() {
        return erasure.enrolled();
    }

    String name(RetentionItem item) {
        return item.name() == null ? messages.text("retention.nameUnknown") : item.name();
    }

    public ObservableList<RetentionItem> due() {
        return due;
    }

    public ObservableList<RetentionItem> soon() {
        return soon;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<RetentionItem> confirmingProperty() {
        return confirming;
    }
}
