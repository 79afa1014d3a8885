package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The idle lock's alarm in the app (a timer thread, not an animation that keeps JavaFX pulsing): only the latest
 * setting rings, once, and a cancelled one never, even when its ring was already on its way to the FX thread.
 */
class IdleTimerAlarmTest {

    /** What the alarm scheduled, run when the test says; the FX thread is the test's own. */
    private final List<Runnable> due = new ArrayList<>();
    private final List<Future<?>> futures = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final IdleMonitor.TimerAlarm alarm = new IdleMonitor.TimerAlarm((task, after) -> {
        delays.add(after);
        due.add(task);
        CompletableFuture<Void> future = new CompletableFuture<>();
        futures.add(future);
        return () -> future.cancel(false);
    }, Runnable::run);
    private final AtomicInteger rings = new AtomicInteger();

    @Test
    void ringsOnceAfterTheSetTime() {
        alarm.set(Duration.ofMinutes(5), rings::incrementAndGet);
        assertEquals(List.of(Duration.ofMinutes(5)), delays);
        due.get(0).run();
        assertEquals(1, rings.get());
    }

    @Test
    void aNewSettingReplacesTheOldOneEvenWhenItsRingWasUnderWay() {
        alarm.set(Duration.ofMinutes(5), rings::incrementAndGet);
        alarm.set(Duration.ofMinutes(5), rings::incrementAndGet);
        assertTrue(futures.get(0).isCancelled(), "the old setting leaves the timer");
        due.get(0).run();
        assertEquals(0, rings.get(), "the old setting's ring, already posted, is dropped");
        due.get(1).run();
        assertEquals(1, rings.get());
    }

    @Test
    void aCancelledAlarmNeverRings() {
        alarm.set(Duration.ofMinutes(5), rings::incrementAndGet);
        alarm.cancel();
        assertTrue(futures.get(0).isCancelled());
        due.get(0).run();
        assertEquals(0, rings.get());
    }
}
