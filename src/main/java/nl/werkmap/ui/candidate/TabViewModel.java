package nl.werkmap.ui.candidate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/**
 * Shared part of the candidate tabs: they follow the loaded file and save through the store in the background,
 * reporting success or failure in one message line. A failed save leaves the tab's input as it was.
 */
abstract class TabViewModel {

    protected final CandidateViewModel candidate;
    protected final Messages messages;
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);

    /** Subclasses are made before the first load, so {@link #show} never runs on a half-built object. */
    TabViewModel(CandidateViewModel candidate) {
        this.candidate = candidate;
        this.messages = candidate.messages();
        candidate.file.addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
    }

    protected abstract void show(CandidateFile file);

    /** Work that writes to the store. */
    @FunctionalInterface
    interface StoreWork {
        void run(CaseloadStore store) throws Exception;
    }

    protected final void save(StoreWork work, String doneKey, Runnable afterSuccess) {
        Background background = candidate.background();
        background.run(() -> work.run(candidate.store())).onSuccess(done -> {
            failed.set(false);
            message.set(messages.text(doneKey));
            afterSuccess.run();
            candidate.changed(messages.text(doneKey));
        }).onError(e -> refuse(messages.format("tab.saveFailed", Background.reason(messages, e)))).start();
    }

    protected final void refuse(String text) {
        failed.set(true);
        message.set(text);
    }
}
