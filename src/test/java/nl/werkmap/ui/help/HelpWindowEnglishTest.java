package nl.werkmap.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;

/** The guide is Dutch only for now: in the English UI the window says so above the Dutch text. */
@ExtendWith(QuickExtension.class)
class HelpWindowEnglishTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void englishUiSaysTheGuideIsDutchOnly(FxRobot robot) {
        robot.interact(() -> HelpWindow.show(stage, Messages.forLocale(Locale.ENGLISH)));
        Stage help = Window.getWindows().stream().filter(w -> w != stage).map(w -> (Stage) w).findFirst()
                .orElseThrow(() -> new AssertionError("no help window"));
        assertEquals("Werkmap guide (Dutch)", help.getTitle());
        String page = robot.from(help.getScene().getRoot()).lookup(".help-text").queryAllAs(TextFlow.class).stream()
                .map(f -> f.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
        assertTrue(page.startsWith("This guide is in Dutch only for now."), page);
        assertTrue(page.contains("Werkmap is je caseload"), page);
        robot.interact(help::close);
    }
}
