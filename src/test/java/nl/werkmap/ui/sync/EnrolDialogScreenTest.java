package nl.werkmap.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.main.MainWindow;
import nl.werkmap.ui.common.TestPreferences;
import nl.werkmap.ui.common.FxWait;

/**
 * "Koppelen…" from the status bar of a laptop that is not linked: a wrong code gets a Dutch sentence and keeps
 * the dialog open; the right code links the laptop and shows the hub's fingerprint as the administrator sees it.
 */
@ExtendWith(QuickExtension.class)
class EnrolDialogScreenTest {

    private static final String PASSPHRASE = "lange zomer bij de dijk 42";

    @TempDir
    static Path dir;
    private static HubFixture hub;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        hub = new HubFixture(dir, "gemeente-a");
        CaseloadFiles files = new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
        OpenCaseload.create(files, PASSPHRASE.toCharArray()).close();
        new MainWindow(stage, files, Messages.dutch(), Background.sameThread(), new TestPreferences(),
                Optional.empty()).show();
    }

    @AfterAll
    static void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aWrongCodeIsExplainedAndTheRightOneShowsTheFingerprints(FxRobot robot) throws Exception {
        robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(5, () -> robot.lookup("#syncEnrol").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn("#syncEnrol");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#enrolHub").write(hub.url());
        robot.clickOn("#enrolCode").write("FOUT-1234");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(dialogScene(), "72-enrol-form")).get();
        robot.clickOn("#enrolLink");
        Label error = robot.lookup("#enrolError").queryAs(Label.class);
        FxWait.until(10, () -> !error.getText().isEmpty());
        assertTrue(error.getText().startsWith("De koppelcode wordt niet geaccepteerd"), error.getText());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(dialogScene(), "72-enrol-wrong-code")).get();

        String code = hub.hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
        robot.interact(() -> robot.lookup("#enrolCode").queryAs(TextField.class).setText(code));
        robot.clickOn("#enrolLink");
        Label hubPrint = robot.lookup("#enrolHubFingerprint").queryAs(Label.class);
        FxWait.until(10, () -> !hubPrint.getText().isEmpty());
        assertEquals(hub.hub.signingFingerprint(), hubPrint.getText());
        assertTrue(robot.lookup("#enrolDeviceFingerprint").queryAs(Label.class).getText().matches("[0-9A-F-]{20,}"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(dialogScene(), "73-enrol-linked")).get();

        robot.clickOn("#enrolClose");
        FxWait.until(5, () -> !robot.lookup("#syncEnrol").queryAs(Node.class)
                .isVisible());
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "74-status-bar-linked")).get();

        robot.clickOn("Instellingen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Opnieuw koppelen…", robot.lookup("#settingsEnrol").queryAs(javafx.scene.control.Button.class)
                .getText(), "Instellingen offers linking again once linked");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "75-settings-municipality")).get();
    }

    private javafx.scene.Scene dialogScene() {
        return Window.getWindows().stream().filter(w -> w != stage && w.getScene() != null
                && w.getScene().lookup("#enrolDialog") != null).findFirst().orElseThrow().getScene();
    }

}
