package nl.werkmap.ui.candidate;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.UnsavedForm;

/**
 * Shared part of the candidate tabs: they follow the loaded file and save through the store in the background,
 * reporting success or failure in one message line. A failed save leaves the tab's input as it was.
 */
abstract class TabViewModel implements UnsavedForm {

    protected final CandidateViewModel candidate;
    protected final Messages messages;
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);

    /** Subclasses are made before the first load, so {@link #show} never runs on a half-built object. */
    TabViewModel(CandidateViewModel candidate) {
        this.candidate = candidate;
        this.messages = candidate.messages();
        candidate.file.addListener((obs, old, now) -> {
            if (now != null && (old == null || shows(old, now))) {
                show(now);
            }
        });
    }

    protected abstract void show(CandidateFile file);

    /**
     * Whether {@code now} holds something this tab shows that {@code old} did not. A refresh after a save keeps
     * the parts it did not read again as the very same lists, so a tab that shows only those is left alone. Tabs
     * that read more than the file when shown (grants, statements, employers) keep the default: always.
     */
    protected boolean shows(CandidateFile old, CandidateFile now) {
        return true;
    }

    /** The tab's form counts as unsaved while {@code state} says so (for the "•" mark and the close question). */
    protected final void track(InputState state) {
        unsaved.bind(state.unsavedProperty());
    }

    @Override
    public final ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** The tab's title key, for the question before closing; tabs with a tracked form say theirs. */
    protected String tabKey() {
        return "unsaved.form";
    }

    @Override
    public String formName() {
        return messages.text(tabKey());
    }

    /** Tabs whose form can be saved from the close question override this; the rest say "not saved". */
    @Override
    public void saveNow(Consumer<Boolean> done) {
        done.accept(false);
    }

    /** Work that writes to the store. */
    @FunctionalInterface
    interface StoreWork {
        void run(CaseloadStore store) throws Exception;
    }

    protected final void save(StoreWork work, String doneKey, Runnable afterSuccess) {
        save(work, doneKey, afterSuccess, ok -> { });
    }

    /** As above; {@code done} hears whether it was saved. */
    protected final void save(StoreWork work, String doneKey, Runnable afterSuccess, Consumer<Boolean> done) {
        Background background = candidate.background();
        background.run(() -> work.run(candidate.store())).onSuccess(result -> {
            failed.set(false);
            message.set(messages.text(doneKey));
            afterSuccess.run();
            candidate.changed(messages.text(doneKey));
            done.accept(true);
        }).onError(e -> {
            refuse(messages.format("tab.saveFailed", Background.reason(messages, e)));
            done.accept(false);
        }).start();
    }

    /**
     * Deletes (a tombstone) and offers the undo in the candidate's header: "Verwijderd. [Ongedaan maken]", Ctrl+Z.
     *
     * @param what    what was deleted, for the undo line ("Sessie van 03-12-2026")
     * @param restore brings it back as it was (a save of the same record, which revives the tombstone)
     */
    protected final void delete(StoreWork work, String what, StoreWork restore) {
        candidate.background().run(() -> work.run(candidate.store())).onSuccess(result -> {
            failed.set(false);
            message.set("");
            candidate.offerUndo(messages.format("undo.deleted", what), restore);
            candidate.changed(messages.format("undo.deleted", what));
        }).onError(e -> refuse(messages.format("tab.deleteFailed", Background.reason(messages, e)))).start();
    }

    protected final void refuse(String text) {
        failed.set(true);
        message.set(text);
    }
}
