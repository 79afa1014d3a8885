package nl.werkmap.ui.common;

import java.time.Duration;
import java.util.concurrent.Executor;

import javafx.application.Platform;
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
     * When "later" is, on the FX thread. The app's runs on a timer thread and rings on the FX thread; a test's runs
     * when the test moves its time on, so the test need not wait minutes (or seconds) of real time.
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
        this(scene, minutes, onIdle, new TimerAlarm());
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

    /**
     * The app's alarm: a timer thread that hands the ring to the FX thread. Not a pause on JavaFX's animation clock:
     * a running animation makes JavaFX run a pulse at every tick of its pulse timer, so the watch for an idle coach
     * kept the unlocked app pulsing 60 times a second (more at a higher pulse rate) with nothing to show.
     */
    static final class TimerAlarm implements Alarm {
        private static final Scheduler TIMER = Scheduler.daemon("werkmap-idle-lock");
        private final Scheduler schedule;
        private final Executor fx;
        private Scheduler.Pending pending;
        /** Which setting may ring (FX thread only): a ring already on its way when set again or cancelled is dropped. */
        private long setting;

        TimerAlarm() {
            this(TIMER, Platform::runLater);
        }

        /** A test's: its own schedule and FX thread. */
        TimerAlarm(Scheduler schedule, Executor fx) {
            this.schedule = schedule;
            this.fx = fx;
        }

        @Override
        public void set(Duration after, Runnable ring) {
            cancel();
            long mine = setting;
            pending = schedule.schedule(() -> fx.execute(() -> {
                if (setting == mine) {
                    pending = null;
                    ring.run();
                }
            }), after);
        }

        @Override
        public void cancel() {
            setting++;
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
        }
    }
}
