package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The UI tests' quicker keys and clicks send what TestFX's own robot sends, in the same order. */
@ExtendWith(QuickExtension.class)
class QuickInputTest {

    private TextField first;
    private TextField second;
    private Button button;
    private final List<String> seen = new ArrayList<>();
    private int fired;

    @Start
    void start(Stage stage) {
        first = new TextField();
        second = new TextField();
        button = new Button("Opslaan");
        first.setId("first");
        second.setId("second");
        button.setOnAction(e -> fired++);
        first.addEventFilter(KeyEvent.ANY, e -> seen.add(e.getEventType().getName() + " " + e.getCode()
                + (e.getCharacter().isBlank() || e.getCharacter().equals(KeyEvent.CHAR_UNDEFINED) ? "" : " "
                + e.getCharacter())));
        stage.setScene(new Scene(new VBox(first, second, button), 300, 200));
        stage.show();
    }

    @Test
    void typedTextArrivesWholeInOrderAndATabMovesOn(FxRobot robot) {
        robot.clickOn("#first").write("Noor Jänsen\t12");
        assertEquals("Noor Jänsen", first.getText());
        assertEquals("12", second.getText(), "the tab moved the focus before the next characters were handled");
    }

    @Test
    void keysArePressedAndReleasedInTurn(FxRobot robot) {
        robot.clickOn("#first").write("abc").type(KeyCode.BACK_SPACE, 2);
        assertEquals("a", first.getText());
        robot.press(KeyCode.SHIFT).write("x").release(KeyCode.SHIFT);
        List<String> keys = seen.stream().filter(s -> s.contains("SHIFT") || s.endsWith(" x")).toList();
        assertEquals(List.of("KEY_PRESSED SHIFT", "KEY_TYPED UNDEFINED x", "KEY_RELEASED SHIFT"), keys);
    }

    @Test
    void aClickFiresOnceAndADoubleClickTwice(FxRobot robot) {
        robot.clickOn("#first");
        robot.clickOn(button);
        assertEquals(1, fired);
        robot.doubleClickOn(button);
        assertEquals(3, fired);
    }
}
