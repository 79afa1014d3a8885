package nl.werkmap.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.store.db.OpenProgress;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.ThemedStage;

/**
 * The first opening after an update shows each step it is at on the card, the reserve copy with a bar and how many
 * GB of how many, as soon as the step starts; the FX thread gets only the newest of the reports it has not shown; the
 * line and bar go when the caseload is open, and a report that comes late never brings them back. The opening runs
 * on its own thread as in the app, step by step as the test tells it (hand-offs, no sleeps); what it posts for the
 * FX thread waits in a queue until the test runs it.
 */
@ExtendWith(QuickExtension.class)
class UnlockStepsTest {

    private static final long GB_5_5 = 5_523_640_320L;
    private static final Consumer<OpenProgress> END = steps -> { };

    private final BlockingQueue<Consumer<OpenProgress>> commands = new SynchronousQueue<>();
    private final BlockingQueue<Boolean> done = new SynchronousQueue<>();
    private final BlockingQueue<Runnable> fxJobs = new LinkedBlockingQueue<>();
    private final Messages messages = Messages.dutch();
    private UnlockViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Background background = new Background(job -> new Thread(job, "opening").start(), fxJobs::add);
        viewModel = new UnlockViewModel(messages, background, messages.text("unlock.title"),
                messages.text("unlock.explanation"), (passphrase, steps) -> {
                    for (Consumer<OpenProgress> command = commands.take(); command != END;
                         command = commands.take()) {
                        command.accept(steps);
                        done.put(true);
                    }
                }, () -> { }, atEnd -> () -> { }, fxJobs::add);
        scene = ThemedStage.show(stage, new UnlockController(viewModel, messages, false).root());
    }

    @Test
    void eachStepShowsAsItStartsAndTheCopySaysHowFarItIs(FxRobot robot) throws Exception {
        Label line = robot.lookup("#step").queryAs(Label.class);
        ProgressBar bar = robot.lookup("#stepBar").queryAs(ProgressBar.class);
        unlock(robot);
        assertFalse(line.isVisible(), "nothing but the spinner before a step is said");

        opening(OpenProgress::checking);
        runFx(robot);
        assertTrue(line.isVisible() && bar.isVisible());
        assertEquals("Na de update controleert Werkmap eerst het bestand van je caseload.", line.getText());
        assertEquals(ProgressBar.INDETERMINATE_PROGRESS, bar.getProgress());

        opening(steps -> steps.backingUp(0, GB_5_5));
        opening(steps -> steps.backingUp(1_073_741_824L, GB_5_5));
        opening(steps -> steps.backingUp(2_147_483_648L, GB_5_5));
        assertEquals(1, fxJobs.size(), "three reports, one update for the FX thread");
        runFx(robot);
        assertEquals("Na de update maakt Werkmap eerst een reservekopie van je caseload: 2,1 van 5,5 GB.",
                line.getText(), "the newest report, in Dutch numbers");
        assertEquals(2_147_483_648.0 / GB_5_5, bar.getProgress(), 1e-9);
        robot.interact(() -> Screenshots.capture(scene, "unlock-backup-progress"));

        opening(OpenProgress::converting);
        runFx(robot);
        assertEquals("Werkmap zet je caseload om naar deze versie.", line.getText());
        assertEquals(ProgressBar.INDETERMINATE_PROGRESS, bar.getProgress());

        opening(steps -> steps.backingUp(3, 4));
        commands.put(END);
        // The late report's update, then the opening's end.
        runFxUntilOpened(robot);
        assertFalse(line.isVisible() || bar.isVisible(), "the line and the bar go once the caseload is open");
        assertEquals("", viewModel.stepProperty().get());
    }

    @Test
    void aStepReportedAfterTheOpeningEndedIsNotShown(FxRobot robot) throws Exception {
        unlock(robot);
        OpenProgress[] kept = new OpenProgress[1];
        opening(steps -> kept[0] = steps);
        commands.put(END);
        runFxUntilOpened(robot);

        unlock(robot);
        kept[0].converting();
        runFx(robot);
        assertEquals("", viewModel.stepProperty().get(), "the earlier opening's late step is not shown");
        assertEquals(UnlockViewModel.UNMEASURED, viewModel.stepDoneProperty().get());
        commands.put(END);
        runFxUntilOpened(robot);
    }

    private void unlock(FxRobot robot) {
        robot.interact(() -> {
            viewModel.passphraseProperty().set("een lang wachtwoord");
            viewModel.unlock();
        });
    }

    /** Lets the opening thread do one thing and waits until it did. */
    private void opening(Consumer<OpenProgress> command) throws InterruptedException {
        commands.put(command);
        assertNotNull(done.poll(10, TimeUnit.SECONDS), "the opening thread did not answer");
    }

    private void runFx(FxRobot robot) {
        robot.interact(() -> {
            for (Runnable job = fxJobs.poll(); job != null; job = fxJobs.poll()) {
                job.run();
            }
        });
    }

    private void runFxUntilOpened(FxRobot robot) throws InterruptedException {
        while (viewModel.busyProperty().get()) {
            Runnable job = fxJobs.poll(10, TimeUnit.SECONDS);
            assertNotNull(job, "the opening did not end");
            robot.interact(job);
        }
    }
}
