package nl.werkmap.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.ThemedStage;

/**
 * An opening that lasts (the one-time conversion after an update takes a minute or more at 150,000 candidates) says
 * why under the spinner, and the line goes once the caseload is open or the opening failed. The wait's end is run
 * by the test (no real timer); the worker's jobs wait in a queue until the test runs them.
 */
@ExtendWith(QuickExtension.class)
class UnlockLongWaitTest {

    private final Deque<Runnable> workerJobs = new ArrayDeque<>();
    private final AtomicReference<Runnable> waitEnd = new AtomicReference<>();
    private final AtomicInteger timersStopped = new AtomicInteger();
    private final Messages messages = Messages.dutch();
    private UnlockViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Background background = new Background(workerJobs::add, Runnable::run);
        viewModel = new UnlockViewModel(messages, background, messages.text("unlock.title"),
                messages.text("unlock.explanation"), (passphrase, progress) -> { }, () -> { }, atEnd -> {
                    waitEnd.set(atEnd);
                    return timersStopped::incrementAndGet;
                }, Runnable::run);
        scene = ThemedStage.show(stage, new UnlockController(viewModel, messages, false).root());
    }

    @Test
    void aLongOpeningSaysWhyAndTheLineGoesWhenItIsOpen(FxRobot robot) {
        Label line = robot.lookup("#longWait").queryAs(Label.class);
        assertFalse(line.isVisible(), "nothing said before the wait");

        robot.interact(() -> {
            viewModel.passphraseProperty().set("een lang wachtwoord");
            viewModel.unlock();
        });
        assertTrue(viewModel.busyProperty().get());
        assertFalse(line.isVisible(), "an everyday opening says nothing more than the spinner");

        robot.interact(() -> waitEnd.get().run());
        assertTrue(line.isVisible());
        assertEquals(messages.text("unlock.busy.long"), line.getText());
        robot.interact(() -> Screenshots.capture(scene, "unlock-long-wait"));

        robot.interact(() -> workerJobs.poll().run());
        assertFalse(viewModel.busyProperty().get());
        assertFalse(line.isVisible(), "the line goes once the caseload is open");
        assertEquals(1, timersStopped.get(), "the wait is stopped when the opening ends");
    }

    @Test
    void aQuickOpeningNeverShowsTheLineEvenIfTheTimerEndsLate(FxRobot robot) {
        robot.interact(() -> {
            viewModel.passphraseProperty().set("een lang wachtwoord");
            viewModel.unlock();
            workerJobs.poll().run();
            waitEnd.get().run();
        });
        assertFalse(robot.lookup("#longWait").queryAs(Label.class).isVisible());
        assertEquals("", viewModel.longWaitProperty().get());
    }
}
