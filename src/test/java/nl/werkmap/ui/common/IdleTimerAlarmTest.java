package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.werkmap.testing.StepClock;

/**
 * The idle lock's alarm in the app (a timer thread, not an animation that keeps JavaFX pulsing): only the latest
 * setting rings, once, and a cancelled one never, even when its ring was already on its way to the FX thread; time
 * the laptop spent asleep counts (the timer's own delays stand still then), and a wall clock set back does not keep
 * the app open longer.
 */
class IdleTimerAlarmTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    /** What the alarm scheduled, run when the test says; the FX thread is the test's own. */
    private final List<Runnable> due = new ArrayList<>();
    private final List<CompletableFuture<Void>> futures = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final StepClock wall = new StepClock(Instant.parse("2026-12-06T09:00:00Z"));
    /** Monotonic time: moves only while the laptop is awake. */
    private long monotonicNanos = 1_000_000_000L;
    private final IdleMonitor.TimerAlarm alarm = new IdleMonitor.TimerAlarm((task, after) -> {
        delays.add(after);
        due.add(task);
        CompletableFuture<Void> future = new CompletableFuture<>();
        futures.add(future);
        return () -> future.cancel(false);
    }, Runnable::run, wall, () -> monotonicNanos);
    private final AtomicInteger rings = new AtomicInteger();

    @Test
    void ringsOnceAfterTheSetTimeLookingEveryFewSeconds() {
        alarm.set(FIVE_MINUTES, rings::incrementAndGet);
        int looks = awakeUntilRung();
        assertEquals(1, rings.get());
        long expected = FIVE_MINUTES.toNanos() / IdleMonitor.TimerAlarm.LOOK_EVERY.toNanos();
        assertEquals(expected, looks, "a look every " + IdleMonitor.TimerAlarm.LOOK_EVERY + ", the last one on time");
        assertEquals(List.of(), pendingLooks(), "nothing left on the timer after the ring");
    }

    @Test
    void aLaptopAsleepPastTheLockTimeLocksAtTheFirstLookAfterWaking() {
        alarm.set(FIVE_MINUTES, rings::incrementAndGet);
        awake(Duration.ofMinutes(1));
        assertEquals(0, rings.get());
        wall.advance(Duration.ofHours(1)); // the lid shut: the wall clock goes on, the monotonic one stands still
        runLastLook(IdleMonitor.TimerAlarm.LOOK_EVERY);
        assertEquals(1, rings.get(), "the hour asleep counts: locked at the first look after waking");
    }

    @Test
    void aWallClockSetBackDoesNotKeepTheAppOpenLonger() {
        alarm.set(FIVE_MINUTES, rings::incrementAndGet);
        wall.advance(Duration.ofHours(-1));
        int looks = awakeUntilRung();
        assertEquals(1, rings.get());
        assertEquals(FIVE_MINUTES.toNanos() / IdleMonitor.TimerAlarm.LOOK_EVERY.toNanos(), looks);
    }

    @Test
    void aNewSettingReplacesTheOldOneEvenWhenItsRingWasUnderWay() {
        alarm.set(FIVE_MINUTES, rings::incrementAndGet);
        Runnable oldLook = due.get(0);
        alarm.set(FIVE_MINUTES, rings::incrementAndGet);
        assertTrue(futures.get(0).isCancelled(), "the old setting leaves the timer");
        wall.advance(Duration.ofHours(1));
        oldLook.run();
        assertEquals(0, rings.get(), "the old setting's look, already running, is dropped");
        runLastLook(Duration.ZERO);
        assertEquals(1, rings.get());
    }

    @Test
    void aCancelledAlarmNeverRings() {
        alarm.set(FIVE_MINUTES, rings::incrementAndGet);
        alarm.cancel();
        assertTrue(futures.get(0).isCancelled());
        wall.advance(Duration.ofHours(1));
        due.get(0).run();
        assertEquals(0, rings.get());
        assertEquals(List.of(), pendingLooks());
    }

    /** Runs the looks as an awake laptop would, each after its delay; returns how many ran. */
    private int awakeUntilRung() {
        int looks = 0;
        while (rings.get() == 0 && looks < 10_000) {
            runLastLook(delays.get(delays.size() - 1));
            looks++;
        }
        return looks;
    }

    private void awake(Duration span) {
        long end = monotonicNanos + span.toNanos();
        while (monotonicNanos + delays.get(delays.size() - 1).toNanos() <= end) {
            runLastLook(delays.get(delays.size() - 1));
        }
    }

    private void runLastLook(Duration awakeFor) {
        monotonicNanos += awakeFor.toNanos();
        wall.advance(awakeFor);
        int last = due.size() - 1;
        assertTrue(!futures.get(last).isDone(), "the last look is still set");
        futures.get(last).complete(null);
        due.get(last).run();
    }

    private List<Integer> pendingLooks() {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            if (!futures.get(i).isDone()) {
                open.add(i);
            }
        }
        return open;
    }
}
