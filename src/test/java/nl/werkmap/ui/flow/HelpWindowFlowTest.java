package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.main.MainWindow;

/** F1 opens the guide (already on the first screen) with its first heading; a topic can be chosen; Esc closes it. */
@ExtendWith(QuickExtension.class)
class HelpWindowFlowTest {

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiFixture fixture = new UiFixture(dir.resolve("help"));
        new MainWindow(stage, fixture.files, Messages.dutch(), Background.sameThread(), fixture.preferences,
                Optional.empty()).show();
    }

    private Optional<Stage> helpWindow() {
        return Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage).map(w -> (Stage) w)
                .filter(s -> "Handleiding Werkmap".equals(s.getTitle())).findFirst();
    }

    @Test
    void f1OpensTheGuideAndEscClosesIt(FxRobot robot) {
        robot.clickOn("#passphrase");
        assertTrue(helpWindow().isEmpty());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage help = helpWindow().orElseThrow(() -> new AssertionError("F1 opened no help window"));
        assertTrue(help.isShowing());
        Label heading = robot.from(help.getScene().getRoot()).lookup("#helpHeading").queryAs(Label.class);
        assertEquals("Handleiding Werkmap", heading.getText());
        Shots.take(help, "60-help-intro");

        @SuppressWarnings("unchecked")
        ListView<Object> topics = robot.from(help.getScene().getRoot()).lookup("#helpTopics").queryAs(ListView.class);
        robot.interact(() -> topics.getSelectionModel().select(3));
        Label chosen = robot.from(help.getScene().getRoot()).lookup("#helpHeading").queryAs(Label.class);
        assertEquals("Een plaatsing door de tijd heen", chosen.getText());
        Shots.take(help, "61-help-placement");
        robot.interact(() -> topics.getSelectionModel().select(topics.getItems().size() - 2));
        assertEquals("Synchroniseren met de gemeente", robot.from(help.getScene().getRoot()).lookup("#helpHeading")
                .queryAs(Label.class).getText());
        Shots.take(help, "62-help-sync");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(help.isShowing(), "Esc closes the help window");
        assertEquals(List.of(), helpWindow().stream().toList());
    }
}
