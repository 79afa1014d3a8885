package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.main.MainWindow;

/** "Start met een voorbeeldcaseload" fills the caseload; the screens are looked at with realistic data. */
@ExtendWith(QuickExtension.class)
class DemoCaseloadScreensTest {

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiFixture fixture = new UiFixture(dir.resolve("demo"));
        new MainWindow(stage, fixture.files, Messages.dutch(), Background.sameThread(), fixture.preferences,
                Optional.of(store -> DemoCaseload.generate(store, 80, 2026L))).show();
    }

    @Test
    void exampleCaseloadOpensWithEveryScreenFilled(FxRobot robot) {
        robot.clickOn("#passphrase").write(UiFixture.PASSPHRASE);
        robot.clickOn("#repeat").write(UiFixture.PASSPHRASE);
        Shots.take(stage, "00-welcome-demo");
        robot.clickOn("#startDemo");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        assertEquals(80, table.getItems().size());
        assertTrue(robot.lookup("#demoBadge").queryAs(javafx.scene.control.Label.class).isVisible(),
                "the shell shows that this is the demo caseload");
        assertEquals("Voorbeeldcaseload", robot.lookup("#demoBadge").queryAs(javafx.scene.control.Label.class)
                .getText());
        assertEquals("Werkmap \u2014 Voorbeeldcaseload", stage.getTitle());
        assertFalse(robot.lookup("#whoAmI").tryQuery().isPresent(), "nobody is asked who they are in the demo");
        assertFalse(robot.lookup("#syncEnrol").tryQuery().isPresent(), "the demo is never linked: no Koppelen…");
        Shots.take(stage, "40-demo-caseload");
        robot.clickOn("#table").type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertTrue(robot.lookup("#candidateName").tryQuery().isPresent());
        for (String[] tab : new String[][] {{"Profiel", "41-demo-profile"}, {"Plan", "42-demo-plan"},
                {"Plaatsingen", "43-demo-placements"}, {"Contacten", "44-demo-contacts"},
                {"Sessies", "45-demo-sessions"}, {"Metingen", "46-demo-measurements"},
                {"Tijdlijn", "47-demo-timeline"}}) {
            robot.clickOn(tab[0]);
            Shots.take(stage, tab[1]);
        }
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Shots.take(stage, "48-demo-agenda");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Shots.take(stage, "49-demo-employers");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertTrue(robot.lookup("#navReport").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("Bereken");
        assertFalse(robot.lookup(".chart").queryAll().isEmpty(), "the Rapportage screen shows its charts");
        Shots.take(stage, "50-demo-report");
    }
}
