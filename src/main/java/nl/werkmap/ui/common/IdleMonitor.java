package nl.werkmap.ui.common;

import java.time.Duration;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableIntegerValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Calls {@code onIdle} once the user has not typed, clicked, moved the mouse or scrolled in the scene for the
 * configured number of minutes. Any input starts the count again; a changed setting applies at once.
 */
public final class IdleMonitor {

    /**
     * When "later" is, on the FX thread. The app's runs on JavaFX's animation clock; a test's runs when the test moves
     * its time on, so the test need not wait minutes (or seconds) of real time.
     */
    interface Alarm {
        /** Rings {@code ring} once after {@code after}, replacing any earlier setting. */
        void set(Duration after, Runnable ring);

        void cancel();
    }

    private final ObservableIntegerValue minutes;
    private final Runnable onIdle;
    private final Alarm alarm;
    private final EventHandler<Event> activity = e -> restart();
    private boolean running;

    public IdleMonitor(Scene scene, ObservableIntegerValue minutes, Runnable onIdle) {
        this(scene, minutes, onIdle, new AnimationAlarm());
    }

    IdleMonitor(Scene scene, ObservableIntegerValue minutes, Runnable onIdle, Alarm alarm) {
        this.minutes = minutes;
        this.onIdle = onIdle;
        this.alarm = alarm;
        minutes.addListener((obs, old, now) -> restart());
        scene.addEventFilter(KeyEvent.ANY, activity);
        scene.addEventFilter(MouseEvent.ANY, activity);
        scene.addEventFilter(ScrollEvent.ANY, activity);
    }

    /** Starts watching (after unlock). */
    public void start() {
        running = true;
        arm();
    }

    /** Stops watching (while locked, nothing needs to happen on idle). */
    public void stop() {
        running = false;
        alarm.cancel();
    }

    private void restart() {
        if (running) {
            arm();
        }
    }

    private void arm() {
        alarm.set(Duration.ofMinutes(Math.max(1, minutes.get())), () -> {
            running = false;
            onIdle.run();
        });
    }

    /** The app's alarm: a pause on JavaFX's animation clock, so it rings on the FX thread. */
    private static final class AnimationAlarm implements Alarm {
        private final PauseTransition timer = new PauseTransition();

        @Override
        public void set(Duration after, Runnable ring) {
            timer.stop();
            timer.setDuration(javafx.util.Duration.millis(after.toMillis()));
            timer.setOnFinished(e -> ring.run());
            timer.playFromStart();
        }

        @Override
        public void cancel() {
            timer.stop();
        }
    }
}
