package nl.werkmap.ui.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.main.MainWindow;

/**
 * Makes the screenshots in docs/img for docs/handleiding.md: the demo caseload at 1366x768, walked as the guide
 * tells it. Not a test (it asserts nothing new) and not run by `mvn verify`; run it after a screen changes:
 * {@code mvn -o test -Dtest=HandleidingShots -Dwerkmap.excludedGroups=none}.
 */
@Tag("handleiding")
@ExtendWith(QuickExtension.class)
class HandleidingShots {

    private static final Path IMG = Path.of("docs", "img");

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiFixture fixture = new UiFixture(dir.resolve("demo"));
        new MainWindow(stage, fixture.files, Messages.dutch(), Background.sameThread(), fixture.preferences,
                Optional.of(store -> DemoCaseload.generate(store, 40, 2026L))).show();
    }

    @Test
    void makeTheGuidesScreenshots(FxRobot robot) {
        robot.clickOn("#passphrase").write(UiFixture.PASSPHRASE);
        robot.clickOn("#repeat").write(UiFixture.PASSPHRASE);
        robot.clickOn("#startDemo");
        shoot("01-caseload");

        robot.clickOn("#table").type(KeyCode.DOWN).type(KeyCode.ENTER);
        ctrl(robot, KeyCode.L);
        robot.write("Werkt zelfstandig, vraagt zelf om uitleg");
        robot.type(KeyCode.TAB).write("Moe na de lunch");
        robot.type(KeyCode.TAB).write("Pauze om 12:30 met de buddy; over twee weken weer langs");
        shoot("02-sessie");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        robot.clickOn("Plaatsingen");
        TableView<?> placements = robot.lookup("#placements").queryAs(TableView.class);
        robot.interact(() -> {
            placements.getSelectionModel().selectFirst();
            placements.requestFocus();
        });
        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        shoot("03-plaatsing");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("Sessies");
        TableView<?> sessions = robot.lookup("#sessions").queryAs(TableView.class);
        robot.interact(() -> {
            sessions.getSelectionModel().selectFirst();
            sessions.requestFocus();
        });
        shoot("04-correctie");

        ctrl(robot, KeyCode.DIGIT2);
        shoot("05-agenda");
        ctrl(robot, KeyCode.DIGIT4);
        robot.clickOn("#compute");
        shoot("06-rapportage");

        ctrl(robot, KeyCode.DIGIT5);
        TableView<?> baankansen = robot.lookup("#baankansTable").queryAs(TableView.class);
        robot.interact(() -> baankansen.getSelectionModel().selectFirst());
        TabPane baankansTabs = robot.lookup("#baankansTabs").queryAs(TabPane.class);
        robot.interact(() -> baankansTabs.getSelectionModel().select(1));
        shoot("07-baankansen");

        ctrl(robot, KeyCode.DIGIT1);
        robot.clickOn("#table").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("Privacy");
        shoot("08-privacy");
        robot.clickOn("Verantwoording");
        robot.interact(() -> robot.lookup("#verantwoording").queryAs(ScrollPane.class).setVvalue(1));
        shoot("09-documenten");

        // Uren accorderen and Bewaartermijnen are the team lead's: work as the demo's first team lead.
        ctrl(robot, KeyCode.DIGIT1);
        robot.clickOn("#settingsButton");
        ComboBox<Coach> whoAmI = robot.lookup("#settingsWhoAmICoach").queryComboBox();
        robot.interact(() -> whoAmI.setValue(whoAmI.getItems().stream()
                .filter(c -> c.role() == CoachRole.TEAMLEIDER).findFirst().orElseThrow()));
        robot.clickOn("#settingsWhoAmISave");
        robot.type(KeyCode.ESCAPE);
        ctrl(robot, KeyCode.DIGIT2);
        shoot("10-uren-accorderen");
        robot.clickOn("#retentionButton");
        shoot("11-bewaartermijnen");
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private void shoot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = new WritableImage((int) stage.getScene().getWidth(),
                    (int) stage.getScene().getHeight());
            stage.getScene().snapshot(image);
            try {
                Files.createDirectories(IMG);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", IMG.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
