package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Background work held back while the coach types: not at all when the window has been quiet, until it is quiet
 * again after a key, never longer than one bounded pause, and not at all once a write waits for the work.
 */
class InputQuietTest {

    /** The test's clock: sleeping moves it on; {@link #typing} makes every slice of a pause bring a key. */
    private static final class Time {
        long now = TimeUnit.SECONDS.toNanos(1000);
        long slept;
        InputQuiet quiet;
        boolean typing;

        void sleep(long nanos) {
            now += nanos;
            slept += nanos;
            if (typing) {
                quiet.inputNow();
            }
        }
    }

    private static Time time() {
        Time time = new Time();
        time.quiet = new InputQuiet(() -> time.now, time::sleep);
        return time;
    }

    @Test
    void aQuietWindowHoldsNothingBack() throws Exception {
        Time time = time();
        time.quiet.giveWay(() -> false);
        assertEquals(0, time.slept);
    }

    @Test
    void aKeyHoldsTheWorkBackUntilTheWindowIsQuietAgain() throws Exception {
        Time time = time();
        time.quiet.inputNow();
        time.now += TimeUnit.MILLISECONDS.toNanos(100);
        time.quiet.giveWay(() -> false);
        assertEquals(InputQuiet.QUIET.toNanos() - TimeUnit.MILLISECONDS.toNanos(100), time.slept);
    }

    @Test
    void typingOnHoldsItBackNoLongerThanOnePause() throws Exception {
        Time time = time();
        time.typing = true;
        time.quiet.inputNow();
        time.quiet.giveWay(() -> false);
        assertEquals(InputQuiet.LONGEST.toNanos(), time.slept);
    }

    @Test
    void afterALongPauseTheWorkRunsForOneRunBeforeItIsHeldAgain() throws Exception {
        Time time = time();
        time.typing = true;
        time.quiet.inputNow();
        time.quiet.giveWay(() -> false);
        long held = time.slept;
        long step = TimeUnit.MILLISECONDS.toNanos(1);
        for (long ran = 0; ran + step < InputQuiet.RUN.toNanos(); ran += step) {
            time.now += step;
            time.quiet.inputNow();
            time.quiet.giveWay(() -> false);
        }
        assertEquals(held, time.slept, "the coach types on, but the work runs its run unheld");
        time.now += 2 * step;
        time.quiet.inputNow();
        time.quiet.giveWay(() -> false);
        assertEquals(held + InputQuiet.LONGEST.toNanos(), time.slept, "then it is held for a whole pause again");
    }

    @Test
    void aPauseEndedByQuietGivesTheWorkNoRun() throws Exception {
        Time time = time();
        time.quiet.inputNow();
        time.quiet.giveWay(() -> false);
        long held = time.slept;
        time.quiet.inputNow();
        time.quiet.giveWay(() -> false);
        assertEquals(2 * held, time.slept, "a key right after the quiet holds the work back again at once");
    }

    @Test
    void aWriteWaitingForTheWorkEndsThePause() throws Exception {
        Time time = time();
        time.typing = true;
        time.quiet.inputNow();
        time.quiet.giveWay(() -> time.slept > 0);
        assertEquals(TimeUnit.MILLISECONDS.toNanos(50), time.slept, "one slice, then the hurry is seen");
    }
}
