package nl.werkmap.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen's warm-up stops at the coach's first action on the card, before the action's own handler (the unlock)
 * runs, and only once; typing the passphrase is no action.
 */
@ExtendWith(ApplicationExtension.class)
class StopOnActionTest {

    private final List<String> log = new ArrayList<>();
    private Button unlock;
    private PasswordField field;
    private Scene scene;

    @Start
    void start(Stage stage) {
        unlock = new Button("Ontgrendelen");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> log.add("unlock"));
        field = new PasswordField();
        scene = new Scene(new VBox(field, unlock), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFirstActionStopsItBeforeTheUnlockAndOnlyOnce(FxRobot robot) {
        StopOnAction[] watch = new StopOnAction[1];
        robot.interact(() -> watch[0] = StopOnAction.install(scene, () -> log.add("stop")));
        robot.clickOn(field).write("geheim");
        robot.interact(() -> assertFalse(watch[0].acted(), "typing is no action"));
        assertEquals(List.of(), log);
        robot.interact(unlock::fire);
        robot.interact(unlock::fire);
        assertEquals(List.of("stop", "unlock", "unlock"), log);
        robot.interact(() -> assertTrue(watch[0].acted()));
    }
}
