package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a long message in the bottom status bar must do at 1366 px: show on one line cut with an ellipsis, leave
 * every button and the lock note whole and apart, carry the whole text as tooltip, and open it whole from the
 * keyboard (focus, Enter) in a window that Escape closes again.
 */
public final class StatusBarChecks {

    private StatusBarChecks() {
    }

    /** Waits for a status message starting with {@code start}, checks it, and saves screenshots named {@code shot}. */
    public static void longMessageFits(FxRobot robot, Stage stage, Messages messages, String start, String shot)
            throws Exception {
        // Looked up on the FX thread: the screen made ahead may be put in the scene meanwhile, and a walk of the
        // scene from this thread then read a child list as it changed (IndexOutOfBoundsException, once).
        Label status = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#statusText").queryAs(Label.class)).get();
        FxWait.until(20, () -> status.getText().startsWith(start));
        WaitForAsyncUtils.waitForFxEvents();
        String whole = status.getText();
        assertEquals(1366, stage.getScene().getWidth());
        Text shown = (Text) status.lookup(".text");
        assertNotEquals(whole, shown.getText(), "too long for the bar at 1366 px, so it is cut");
        assertTrue(shown.getText().endsWith("...") || shown.getText().endsWith("…"), shown.getText());
        assertEquals(whole, status.getTooltip().getText(), "the tooltip has it whole");

        List<Node> bar = new ArrayList<>();
        for (String id : new String[] {"#statusText", "#syncStatus", "#syncEnrol", "#syncNow", "#syncExport"}) {
            robot.lookup(id).tryQuery().filter(Node::isVisible).ifPresent(bar::add);
        }
        bar.add(status.getParent().getChildrenUnmodifiable().get(status.getParent().getChildrenUnmodifiable()
                .size() - 1)); // the lock note, last in the bar
        bar.sort(Comparator.comparingDouble(n -> n.localToScene(n.getLayoutBounds()).getMinX()));
        double right = 0;
        for (Node node : bar) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            assertTrue(b.getMinX() >= right - 0.5, node.getId() + " overlaps what stands before it");
            assertTrue(b.getMaxX() <= 1366.5, node.getId() + " runs off the window");
            right = b.getMaxX();
            if (node instanceof Button button) {
                assertEquals(button.getText(), ((Text) button.lookup(".text")).getText(),
                        "button " + button.getId() + " keeps its whole label");
            }
        }
        Label sync = robot.lookup("#syncStatus").queryAs(Label.class);
        assertTrue(sync.getWidth() >= Math.min(300, sync.prefWidth(-1)) - 1,
                "the sync status beside it keeps room to be read: " + sync.getWidth());
        Label lock = (Label) bar.get(bar.size() - 1);
        assertEquals(lock.getText(), ((Text) lock.lookup(".text")).getText(), "the lock note stays whole");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), shot)).get();

        robot.interact(status::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup("#statusMessageWhole").queryAs(TextArea.class);
        assertEquals(whole, area.getText(), "Enter opens the whole message");
        assertFalse(area.isEditable());
        Window dialog = area.getScene().getWindow();
        assertEquals(messages.text("status.message.title"), ((Stage) dialog).getTitle());
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(area.getScene(), shot + "-whole")).get();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing(), "Escape closes it");
        assertTrue(robot.lookup("#statusMessageWhole").tryQuery().isEmpty());
        assertTrue(status.getScene().getWindow().isShowing());
    }
}
