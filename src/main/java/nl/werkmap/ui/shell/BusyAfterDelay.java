package nl.werkmap.ui.shell;

import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * "Busy" for the status bar's spinner, said only once the work has lasted {@link #DELAY}. Most work (opening a
 * candidate, a save) ends well before that: shown at once, the spinner came and went within a blink, and while it
 * turned every frame was laid out and painted again and the status line moved aside and back (issue 13).
 */
final class BusyAfterDelay {

    /** Longer than a candidate's read; short enough that longer work still shows it is under way. */
    static final Duration DELAY = Duration.millis(400);

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private Runnable cancel = () -> { };

    /**
     * @param delay starts the wait of {@link #DELAY} that runs its argument at the end, and gives what stops it
     *              ({@link #pause} in the app; tests run the end themselves)
     */
    BusyAfterDelay(ObservableBooleanValue busy, Function<Runnable, Runnable> delay) {
        Runnable atEnd = () -> shown.set(busy.get());
        busy.addListener((obs, was, now) -> {
            cancel.run();
            if (now) {
                cancel = delay.apply(atEnd);
            } else {
                cancel = () -> { };
                shown.set(false);
            }
        });
        if (busy.get()) {
            cancel = delay.apply(atEnd);
        }
    }

    /** The app's wait: a pause on the FX thread's timer; the answer stops it. */
    static Runnable pause(Runnable atEnd) {
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(e -> atEnd.run());
        wait.play();
        return wait::stop;
    }

    ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
