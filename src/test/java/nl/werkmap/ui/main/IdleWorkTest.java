package nl.werkmap.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleBooleanProperty;

import org.junit.jupiter.api.Test;

/** Work made ahead waits for the background lanes to be idle, and runs once. */
class IdleWorkTest {

    @Test
    void runsAtOnceWhenIdle() {
        AtomicInteger runs = new AtomicInteger();
        IdleWork.whenIdle(new SimpleBooleanProperty(false), runs::incrementAndGet);
        assertEquals(1, runs.get());
    }

    @Test
    void waitsWhileBusyThenRunsOnce() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty(true);
        AtomicInteger runs = new AtomicInteger();
        IdleWork.whenIdle(busy, runs::incrementAndGet);
        assertEquals(0, runs.get(), "not while the list is still being read");
        busy.set(false);
        assertEquals(1, runs.get());
        busy.set(true);
        busy.set(false);
        assertEquals(1, runs.get(), "once only");
    }
}
