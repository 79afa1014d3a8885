package nl.werkmap.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** A form that may hold unsaved input, as the window sees it when it is about to close. */
public interface UnsavedForm {

    ReadOnlyBooleanProperty unsavedProperty();

    /** The form's name for the question ("Sessies", "Sessie vastleggen"). */
    String formName();

    /** Saves what is typed; {@code done} gets true once saved, false if refused or failed (the input stays). */
    void saveNow(Consumer<Boolean> done);

    /** The coach chose not to keep the input; {@code done} runs once it is gone (a kept draft too). */
    default void discard(Runnable done) {
        done.run();
    }
}
