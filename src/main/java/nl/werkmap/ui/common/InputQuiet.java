package nl.werkmap.ui.common;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import nl.werkmap.store.db.GiveWay;

/**
 * Holds background work back while the coach is typing, clicking or scrolling in the window: the work asks between
 * its steps ({@link GiveWay}) and waits until the window has been quiet for {@link #QUIET}. On two cores the day's
 * integrity check of a large caseload otherwise takes a core for half a minute right after unlock, just when the coach
 * starts to search. One pause lasts at most {@link #LONGEST}; the work then runs for {@link #RUN} before it gives way
 * again, so it still moves while someone types for minutes. A write waiting for the work ends the pause at once.
 * A pause once lasted at most 2 s: typing on without a stop then met the work every 2.2 s (at 150,000 candidates,
 * in three interleaved pairs of 784 keys, the keystroke p95 went from 8.0 / 7.7 / 7.9 to 7.1 / 7.5 / 7.8 ms with
 * 10 s; most slow keys left are the first hundred, while the JIT compiles).
 */
public final class InputQuiet implements GiveWay {

    /** How long the window must have had no input before held-back work goes on. */
    static final Duration QUIET = Duration.ofMillis(300);
    /** The longest one pause lasts. */
    static final Duration LONGEST = Duration.ofSeconds(10);
    /** How long the work runs, unheld, after a pause that lasted {@link #LONGEST}. */
    static final Duration RUN = Duration.ofMillis(200);
    /** Pauses are slept in slices this long, so a write that starts waiting ends the pause soon. */
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** How a pause waits; a test moves its own clock instead. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final EventHandler<Event> input = e -> inputNow();
    private volatile long lastInput;
    /** Until when the work runs unheld after a pause that reached {@link #LONGEST}; only the working thread uses it. */
    private long runUntil;

    public InputQuiet() {
        this(System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    InputQuiet(LongSupplier nanoTime, Sleeper sleeper) {
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.lastInput = nanoTime.getAsLong() - QUIET.toNanos();
        this.runUntil = nanoTime.getAsLong();
    }

    /** Counts the coach's keys, clicks, drags and scrolls in {@code scene} as input (a mouse merely moved does not). */
    public InputQuiet watch(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, input);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, input);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, input);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, input);
        scene.addEventFilter(ScrollEvent.ANY, input);
        return this;
    }

    /** The coach did something just now. */
    void inputNow() {
        lastInput = nanoTime.getAsLong();
    }

    /** Whether the window has had no input for {@link #QUIET}: for work on the FX thread that asks before a step. */
    public boolean quiet() {
        return quietFor(QUIET);
    }

    /** Whether the window has had no input for at least {@code time}. */
    public boolean quietFor(Duration time) {
        return nanoTime.getAsLong() - lastInput >= time.toNanos();
    }

    @Override
    public void giveWay(BooleanSupplier hurry) throws InterruptedException {
        long start = nanoTime.getAsLong();
        if (start - runUntil < 0) {
            return;
        }
        while (!hurry.getAsBoolean()) {
            long now = nanoTime.getAsLong();
            long quietLeft = QUIET.toNanos() - (now - lastInput);
            if (quietLeft <= 0) {
                return;
            }
            long pauseLeft = LONGEST.toNanos() - (now - start);
            if (pauseLeft <= 0) {
                runUntil = now + RUN.toNanos();
                return;
            }
            sleeper.sleep(Math.min(Math.min(quietLeft, pauseLeft), SLICE_NANOS));
        }
    }
}
