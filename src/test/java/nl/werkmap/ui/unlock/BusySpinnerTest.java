package nl.werkmap.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.ThemedStage;

/**
 * The unlock card's spinner is made only when the key is first derived (the first window does without it), takes
 * the place that was kept for it, so nothing moves, and is read out by a screen reader.
 */
@ExtendWith(QuickExtension.class)
class BusySpinnerTest {

    private UnlockViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.dutch();
        viewModel = new UnlockViewModel(messages, Background.sameThread(), messages.text("unlock.title"),
                messages.text("unlock.explanation"), (passphrase, progress) -> { }, () -> { });
        scene = ThemedStage.show(stage, new UnlockController(viewModel, messages, false).root());
    }

    @Test
    void theSpinnerIsMadeWhenFirstNeededInItsKeptPlaceAndStaysForTheNextTime(FxRobot robot) {
        StackPane place = robot.lookup("#busy").queryAs(StackPane.class);
        Node busyText = robot.lookup("#busyText").query();
        Bounds placeBefore = place.localToScene(place.getLayoutBounds());
        Bounds textBefore = busyText.localToScene(busyText.getLayoutBounds());
        assertTrue(place.getChildren().isEmpty(), "no spinner on the first window");
        assertFalse(place.isVisible());
        assertEquals(22, placeBefore.getWidth());
        assertEquals(22, placeBefore.getHeight());

        robot.interact(() -> viewModel.busyProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        Node spinner = place.getChildren().get(0);
        assertTrue(place.isVisible() && busyText.isVisible(), "spinner and text show while busy");
        assertEquals(Boolean.TRUE, spinner.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.INDETERMINATE),
                "a busy spinner to assistive technology (CalmSpinner: it turns in steps, not at every pulse)");
        assertTrue(spinner.isVisible());
        assertEquals("Bezig met openen…", spinner.getAccessibleText());
        assertEquals(placeBefore, place.localToScene(place.getLayoutBounds()), "the spinner takes the kept place");
        assertEquals(textBefore, busyText.localToScene(busyText.getLayoutBounds()), "the text beside it stays");
        robot.interact(() -> Screenshots.capture(scene, "first-card-unlock-busy"));

        robot.interact(() -> viewModel.busyProperty().set(false));
        assertFalse(spinner.isVisible(), "hidden with its place, so it stops turning");
        robot.interact(() -> viewModel.busyProperty().set(true));
        assertEquals(1, place.getChildren().size());
        assertSame(spinner, place.getChildren().get(0), "made once");
    }
}
