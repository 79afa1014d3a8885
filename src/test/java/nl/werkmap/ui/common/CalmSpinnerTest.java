package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The busy spinner turns only while it is shown, far below the pulse rate, and is no animation. */
@ExtendWith(QuickExtension.class)
class CalmSpinnerTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    @Test
    void turnsOnlyWhileShownInAWindow(FxRobot robot) {
        CalmSpinner[] made = new CalmSpinner[1];
        robot.interact(() -> made[0] = new CalmSpinner());
        assertFalse(made[0].turning(), "not in a window yet");
        robot.interact(() -> root.getChildren().add(made[0]));
        assertTrue(made[0].turning());
        robot.interact(() -> made[0].setVisible(false));
        assertFalse(made[0].turning(), "hidden");
        robot.interact(() -> made[0].setVisible(true));
        assertTrue(made[0].turning());
        robot.interact(() -> root.getChildren().clear());
        assertFalse(made[0].turning(), "out of the window: the timer lets go of it");
        assertTrue(CalmSpinner.STEPS_PER_SECOND <= 15, "far below any pulse rate");
    }

    @Test
    void isAnIndeterminateProgressIndicatorToAssistiveTechnology(FxRobot robot) {
        CalmSpinner[] made = new CalmSpinner[1];
        robot.interact(() -> made[0] = new CalmSpinner());
        assertEquals(Boolean.TRUE, made[0].queryAccessibleAttribute(AccessibleAttribute.INDETERMINATE));
    }
}
