package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The idle lock fires once after the set time without input, and typing postpones it. */
@ExtendWith(ApplicationExtension.class)
class IdleMonitorTest {

    private final AtomicInteger locks = new AtomicInteger();
    private final SimpleIntegerProperty minutes = new SimpleIntegerProperty(3);
    private IdleMonitor monitor;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new TextField()), 200, 100);
        stage.setScene(scene);
        stage.show();
        // One "minute" is one second here, so three minutes are three seconds.
        monitor = new IdleMonitor(scene, minutes, locks::incrementAndGet, Duration.millis(1000));
    }

    @Test
    void locksAfterTheSetTimeAndTypingPostponesIt(FxRobot robot) throws Exception {
        robot.interact(monitor::start);
        for (int i = 0; i < 8; i++) {
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            robot.clickOn(".text-field").write("a");
        }
        assertEquals(0, locks.get(), "kept busy longer than the 3 s limit");
        WaitForAsyncUtils.sleep(5, TimeUnit.SECONDS);
        assertEquals(1, locks.get(), "locked once after 3 s without input");
    }
}
