package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.ui.common.QuickExtension;

/** First start: choose a passphrase (policy and repeat checked in place), then an empty caseload opens. */
@ExtendWith(QuickExtension.class)
class WelcomeFlowTest {

    @TempDir
    static Path dir;

    private UiFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new UiFixture(dir.resolve("eerste-start"));
        fixture.show(stage);
    }

    @Test
    void choosePassphraseThenStartEmpty(FxRobot robot) {
        assertFalse(robot.lookup("#startDemo").queryAs(Node.class).isVisible(),
                "no example-caseload button when this build has no example caseload");
        Node startEmpty = robot.lookup("#startEmpty").queryAs(Node.class);
        Node repeat = robot.lookup("#repeat").queryAs(Node.class);
        javafx.geometry.Bounds buttonBefore = startEmpty.localToScene(startEmpty.getLayoutBounds());
        javafx.geometry.Bounds repeatBefore = repeat.localToScene(repeat.getLayoutBounds());
        robot.clickOn("#passphrase").write("kort");
        Label problem = robot.lookup("#problem").queryAs(Label.class);
        assertTrue(problem.getText().startsWith("Het wachtwoord is te kort"), problem.getText());
        assertEquals(buttonBefore, startEmpty.localToScene(startEmpty.getLayoutBounds()),
                "the message appears without moving the button under the pointer");
        assertEquals(repeatBefore, repeat.localToScene(repeat.getLayoutBounds()), "nor the second field");
        Shots.take(stage, "01-welcome-policy");

        robot.write(" maar nu lang genoeg");
        robot.clickOn("#repeat").write("kort maar nu lang genoeg!");
        assertEquals("De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord nog eens in beide velden.",
                problem.getText());
        robot.clickOn("#startEmpty");
        assertFalse(Files.exists(fixture.files.keyring()), "nothing is created while the problem stands");

        robot.clickOn("#repeat").type(javafx.scene.input.KeyCode.END).eraseText(1).clickOn("#startEmpty");
        assertTrue(Files.exists(fixture.files.keyring()));
        assertTrue(robot.lookup("#navCaseload").tryQuery().isPresent(), "the shell opens");
        assertFalse(robot.lookup("#demoBadge").queryAs(Node.class).isVisible(), "a real caseload has no demo badge");
        assertEquals("Werkmap", ((Stage) robot.lookup("#navCaseload").queryAs(Node.class).getScene().getWindow())
                .getTitle());
        assertTrue(robot.lookup("Geen kandidaten gevonden. Pas je zoekwoord of filters aan, of meld een nieuwe "
                + "kandidaat aan (Ctrl+N).").tryQuery().isPresent(), "an empty caseload says what to do");
        Shots.take(stage, "03-empty-caseload");
    }
}
