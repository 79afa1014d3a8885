package nl.werkmap.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

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
     *
     * <p>It looks every {@link #LOOK_EVERY} whether the time is up, by the wall clock as well as by the monotonic one.
     * A timer's delay is monotonic time, which stands still while the laptop sleeps: a coach who shut the lid one
     * minute into a five-minute lock and opened it at the next workplace an hour later would otherwise see the
     * caseload unlocked for four more minutes. By the wall clock the time is up at the first look after waking. The
     * monotonic count still rings when the wall clock is set back, so a clock change never keeps the app open longer.
     */
    static final class TimerAlarm implements Alarm {
        /** How long the app may stay open after the laptop wakes from a sleep past the lock time. */
        static final Duration LOOK_EVERY = Duration.ofSeconds(2);
        private static final Scheduler TIMER = Scheduler.daemon("werkmap-idle-lock");
        private final Scheduler schedule;
        private final Executor fx;
        private final Clock wall;
        private final LongSupplier monotonicNanos;
        private Scheduler.Pending pending;
        /** Which setting may ring: a look or ring of a setting since replaced or cancelled is dropped. */
        private long setting;

        TimerAlarm() {
            this(TIMER, Platform::runLater, Clock.systemUTC(), System::nanoTime);
        }

        /** A test's: its own schedule, FX thread and clocks. */
        TimerAlarm(Scheduler schedule, Executor fx, Clock wall, LongSupplier monotonicNanos) {
            this.schedule = schedule;
            this.fx = fx;
            this.wall = wall;
            this.monotonicNanos = monotonicNanos;
        }

        @Override
        public synchronized void set(Duration after, Runnable ring) {
            cancel();
            Due due = new Due(setting, wall.instant().plus(after), monotonicNanos.getAsLong() + after.toNanos(), ring);
            lookLater(due);
        }

        @Override
        public synchronized void cancel() {
            setting++;
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
        }

        /** One setting: when it is up by either clock, and what it rings. */
        private record Due(long setting, Instant byWall, long byMonotonicNanos, Runnable ring) {
        }

        private synchronized void lookLater(Due due) {
            long left = Math.max(0, due.byMonotonicNanos() - monotonicNanos.getAsLong());
            Duration wait = Duration.ofNanos(Math.min(left, LOOK_EVERY.toNanos()));
            pending = schedule.schedule(() -> look(due), wait);
        }

        /** On the timer thread. */
        private synchronized void look(Due due) {
            if (setting != due.setting()) {
                return;
            }
            boolean up = !wall.instant().isBefore(due.byWall()) || monotonicNanos.getAsLong() >= due.byMonotonicNanos();
            if (!up) {
                lookLater(due);
                return;
            }
            pending = null;
            fx.execute(() -> ringIfStill(due));
        }

        private void ringIfStill(Due due) {
            synchronized (this) {
                if (setting != due.setting()) {
                    return;
                }
            }
            due.ring().run();
        }
    }
}
