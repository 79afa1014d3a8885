package nl.werkmap.ui.common;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether a form holds input that is not saved: what it shows now differs from what it showed when it was last
 * filled or saved. The form says what counts (a snapshot of its fields) and which properties to watch.
 */
public final class InputState {

    private final Supplier<Object> snapshot;
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);
    private Object clean;

    public InputState(Supplier<Object> snapshot, Observable... watched) {
        this.snapshot = Objects.requireNonNull(snapshot);
        this.clean = snapshot.get();
        for (Observable o : watched) {
            o.addListener(obs -> recheck());
        }
    }

    /** What the form shows now is what is stored (just filled, saved or thrown away). */
    public void markClean() {
        clean = snapshot.get();
        unsaved.set(false);
    }

    public void recheck() {
        unsaved.set(!Objects.equals(clean, snapshot.get()));
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public boolean isUnsaved() {
        return unsaved.get();
    }
}
