package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.ui.common.QuickExtension;

/** Started by double-clicking a bundle: after unlock, and not before, the coach learns what to do with it. */
@ExtendWith(QuickExtension.class)
class BundleNoticeTest {

    @TempDir
    static Path dir;

    private Path bundle;

    @Start
    void start(Stage stage) throws Exception {
        bundle = Files.writeString(dir.resolve("wijzigingen.werkmapbundle"), "{}");
        UiFixture fixture = new UiFixture(dir.resolve("caseload")).withCaseload(store -> { });
        fixture.show(stage);
        fixture.window.bundleOpened(bundle);
    }

    @Test
    void noticeNamesTheHubImportAndTheFolderAfterUnlock(FxRobot robot) {
        assertFalse(robot.lookup("#bundleNotice").tryQuery().isPresent(), "nothing is shown over the unlock card");
        robot.clickOn("#passphrase").write(UiFixture.PASSPHRASE).type(javafx.scene.input.KeyCode.ENTER);
        DialogPane notice = robot.lookup("#bundleNotice").queryAs(DialogPane.class);
        String text = notice.getContentText();
        assertTrue(text.contains("'hub import wijzigingen.werkmapbundle'"), text);
        assertTrue(text.contains(dir.toAbsolutePath().toString()), text);
        robot.interact(() -> nl.werkmap.ui.common.Screenshots.capture(notice.getScene(), "bundle-notice"));
        robot.clickOn("OK");
        assertTrue(robot.lookup("#navCaseload").tryQuery().isPresent());
    }
}
