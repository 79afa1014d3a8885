package nl.werkmap.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A count of running tasks shown as one busy flag. Changed on the FX thread only (jobs start there and finish
 * through the FX executor), so it needs no locking.
 */
public final class Busy {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public ReadOnlyBooleanProperty property() {
        return busy.getReadOnlyProperty();
    }

    public boolean get() {
        return busy.get();
    }

    void change(int delta) {
        running = Math.max(0, running + delta);
        busy.set(running > 0);
    }
}
