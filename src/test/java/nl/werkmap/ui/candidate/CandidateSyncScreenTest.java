package nl.werkmap.ui.candidate;

import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
 * The candidate page of a linked laptop in the real 1366×768 window: a name edited here and by the team lead at
 * the same time shows "Conflict" in the header and both names below it; "Andere waarde gebruiken" makes this
 * laptop's name the current one again, as an edit not yet sent. The hub is down by then (the coach is offline).
 */
@ExtendWith(QuickExtension.class)
class CandidateSyncScreenTest {

    private static final String PASSPHRASE = "lange zomer bij de dijk 42";

    @TempDir
    static Path dir;

    private Stage stage;
    private CaseloadFiles files;
    private UUID sanne;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        files = new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
        sanne = ConcurrentEditFixture.sanneWithAConflict(dir, files, PASSPHRASE);
        new MainWindow(stage, files, Messages.dutch(), Background.sameThread(), new TestPreferences(),
                Optional.empty()).show();
    }

    @Test
    void conflictShowsInTheHeaderAndTheOtherValueCanBeUsed(FxRobot robot) throws Exception {
        robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("sanne").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label badge = robot.lookup("#candidateSyncState").queryAs(Label.class);
        FxWait.until(5, () -> "Conflict".equals(badge.getText()));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "70-candidate-sync-conflict")).get();

        robot.clickOn("#conflictUseOther0");
        FxWait.until(5, () -> "Nog niet verstuurd".equals(badge.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sanne de Vries-Kok", robot.lookup("#fullName").queryAs(TextField.class).getText(),
                "the profile form shows the chosen value, so a later save does not undo the choice");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "71-candidate-sync-resolved")).get();
        robot.interact(() -> stage.close());
        try (OpenCaseload open = OpenCaseload.unlock(files, PASSPHRASE.toCharArray())) {
            assertEquals("Sanne de Vries-Kok", open.store().candidates().find(sanne).orElseThrow().personal()
                    .fullName());
            assertEquals(Integer.valueOf(1), open.store().read(dsl -> dsl.fetchCount(SYNC_CONFLICT,
                    SYNC_CONFLICT.RESOLVED_AT.isNotNull())));
        }
    }

}
