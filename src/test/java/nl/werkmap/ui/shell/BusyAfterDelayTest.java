package nl.werkmap.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;

import org.junit.jupiter.api.Test;

/** The spinner shows only for work that outlasts the delay, and goes when the work ends. */
class BusyAfterDelayTest {

    /** Waits started and not stopped, ended by hand. */
    private final List<Runnable> running = new ArrayList<>();

    private Runnable start(Runnable atEnd) {
        running.add(atEnd);
        return () -> running.remove(atEnd);
    }

    private void endWaits() {
        List.copyOf(running).forEach(Runnable::run);
        running.clear();
    }

    @Test
    void shortWorkNeverShowsTheSpinner() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
        BusyAfterDelay spinner = new BusyAfterDelay(busy, this::start);
        busy.set(true);
        assertFalse(spinner.shownProperty().get(), "not at once");
        busy.set(false);
        assertTrue(running.isEmpty(), "the wait stopped with the work");
        endWaits();
        assertFalse(spinner.shownProperty().get());
    }

    @Test
    void workThatLastsShowsItUntilItEnds() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
        BusyAfterDelay spinner = new BusyAfterDelay(busy, this::start);
        busy.set(true);
        endWaits();
        assertTrue(spinner.shownProperty().get(), "shown after the delay");
        busy.set(false);
        assertFalse(spinner.shownProperty().get(), "gone when the work ends");
    }

    @Test
    void busyAtTheStartWaitsToo() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty(true);
        BusyAfterDelay spinner = new BusyAfterDelay(busy, this::start);
        assertFalse(spinner.shownProperty().get());
        assertEquals(1, running.size());
        endWaits();
        assertTrue(spinner.shownProperty().get());
    }
}
