package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * In the app's stylesheet every scroll pane, the one inside a text area too, draws its viewport without JavaFX's
 * cached image (issue 13); content still scrolls.
 */
@ExtendWith(QuickExtension.class)
class UncachedScrollPaneSkinTest {

    private ScrollPane page;
    private TextArea note;

    @Start
    void start(Stage stage) {
        note = new TextArea("Een notitie\n".repeat(40));
        VBox content = new VBox(note);
        for (int i = 0; i < 40; i++) {
            content.getChildren().add(new javafx.scene.control.Label("Regel " + i));
        }
        page = new ScrollPane(content);
        ThemedStage.show(stage, new VBox(page));
    }

    @Test
    void everyViewportInTheThemeIsDrawnWithoutACachedImage(FxRobot robot) {
        robot.interact(() -> { });
        assertInstanceOf(UncachedScrollPaneSkin.class, page.getSkin());
        List<Node> viewports = robot.lookup(".viewport").queryAll().stream().toList();
        assertEquals(2, viewports.size(), "the page's and the text area's");
        for (Node viewport : viewports) {
            assertFalse(viewport.isCache(), "drawn as it is: " + viewport.getParent());
        }
        robot.interact(() -> page.setVvalue(1.0));
        robot.interact(() -> { });
        double top = page.localToScene(0, 0).getY();
        double contentTop = page.getContent().localToScene(0, 0).getY();
        assertFalse(contentTop >= top, "the content moved up past the top: it scrolls (" + contentTop + ")");
    }
}
