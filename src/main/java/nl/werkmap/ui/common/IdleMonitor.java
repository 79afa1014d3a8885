package nl.werkmap.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableIntegerValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Calls {@code onIdle} once the user has not typed, clicked, moved the mouse or scrolled in the scene for the
 * configured number of minutes. Any input starts the count again; a changed setting applies at once.
 */
public final class IdleMonitor {

    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<Event> activity = e -> restart();
    private boolean running;

    public IdleMonitor(Scene scene, ObservableIntegerValue minutes, Runnable onIdle) {
        timer.setDuration(Duration.minutes(Math.max(1, minutes.get())));
        minutes.addListener((obs, old, now) -> {
            timer.setDuration(Duration.minutes(Math.max(1, now.intValue())));
            restart();
        });
        timer.setOnFinished(e -> {
            running = false;
            onIdle.run();
        });
        scene.addEventFilter(KeyEvent.ANY, activity);
        scene.addEventFilter(MouseEvent.ANY, activity);
        scene.addEventFilter(ScrollEvent.ANY, activity);
    }

    /** Starts watching (after unlock). */
    public void start() {
        running = true;
        timer.playFromStart();
    }

    /** Stops watching (while locked, nothing needs to happen on idle). */
    public void stop() {
        running = false;
        timer.stop();
    }

    private void restart() {
        if (running) {
            timer.playFromStart();
        }
    }
}
