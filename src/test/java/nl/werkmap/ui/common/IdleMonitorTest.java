package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The idle lock fires once after the set time without input, typing postpones it, a changed setting applies at once
 * and a stopped monitor stays quiet. Real key and mouse events reach a real scene; only time is the test's, so the
 * test waits no real minutes.
 */
@ExtendWith(QuickExtension.class)
class IdleMonitorTest {

    private final AtomicInteger locks = new AtomicInteger();
    private final SimpleIntegerProperty minutes = new SimpleIntegerProperty(3);
    private final ManualAlarm alarm = new ManualAlarm();
    private IdleMonitor monitor;

    /** Time that moves only when the test says; rings on the thread that moves it (the FX thread here). */
    private static final class ManualAlarm implements IdleMonitor.Alarm {
        private Duration now = Duration.ZERO;
        private Duration due;
        private Runnable ring;

        @Override
        public void set(Duration after, Runnable ring) {
            this.due = now.plus(after);
            this.ring = ring;
        }

        @Override
        public void cancel() {
            due = null;
            ring = null;
        }

        void pass(Duration time) {
            now = now.plus(time);
            if (due != null && due.compareTo(now) <= 0) {
                Runnable r = ring;
                cancel();
                r.run();
            }
        }
    }

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new TextField()), 200, 100);
        stage.setScene(scene);
        stage.show();
        monitor = new IdleMonitor(scene, minutes, locks::incrementAndGet, alarm);
    }

    private void pass(FxRobot robot, Duration time) {
        robot.interact(() -> alarm.pass(time));
    }

    @Test
    void locksOnceAfterTheSetTimeAndTypingPostponesIt(FxRobot robot) {
        robot.interact(monitor::start);
        for (int i = 0; i < 4; i++) {
            pass(robot, Duration.ofMinutes(2));
            robot.clickOn(".text-field").write("a");
        }
        assertEquals(0, locks.get(), "kept busy for 8 minutes, longer than the 3 minute limit");
        pass(robot, Duration.ofMinutes(3).minusSeconds(1));
        assertEquals(0, locks.get(), "one second before the limit");
        pass(robot, Duration.ofSeconds(1));
        assertEquals(1, locks.get(), "locked after 3 minutes without input");
        pass(robot, Duration.ofMinutes(30));
        assertEquals(1, locks.get(), "locked once, not again while nobody is there");
    }

    @Test
    void aChangedSettingAppliesAtOnce(FxRobot robot) {
        robot.interact(monitor::start);
        pass(robot, Duration.ofMinutes(2));
        robot.interact(() -> minutes.set(10));
        pass(robot, Duration.ofMinutes(9));
        assertEquals(0, locks.get(), "the new 10 minutes count from the change");
        pass(robot, Duration.ofMinutes(1));
        assertEquals(1, locks.get());
    }

    @Test
    void aStoppedMonitorNeitherLocksNorRestartsOnInput(FxRobot robot) {
        robot.interact(monitor::start);
        robot.interact(monitor::stop);
        robot.clickOn(".text-field").write("a");
        pass(robot, Duration.ofHours(1));
        assertEquals(0, locks.get(), "locked: nothing to watch");
    }
}
