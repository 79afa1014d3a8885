package nl.werkmap.ui.candidate;

import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.sync.protocol.Resolution;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.TestPreferences;
import nl.werkmap.ui.main.MainWindow;
import nl.werkmap.ui.common.FxWait;

/**
 * "Deze houden" on the candidate page of a linked laptop that is offline (the hub is down by then): the conflict
 * leaves the list, the header says "Nog niet verstuurd" and a line says the choice goes out with the next sync. The
 * decision is on the caseload file, waiting for a bundle, after the app is closed.
 */
@ExtendWith(QuickExtension.class)
class CandidateSyncKeepScreenTest {

    private static final String PASSPHRASE = "lange zomer bij de dijk 42";

    @TempDir
    static Path dir;

    private Stage stage;
    private CaseloadFiles files;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        files = new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
        ConcurrentEditFixture.sanneWithAConflict(dir, files, PASSPHRASE);
        new MainWindow(stage, files, Messages.dutch(), Background.sameThread(), new TestPreferences(),
                Optional.empty()).show();
    }

    @Test
    void keepingSaysTheChoiceGoesOutWithTheNextSync(FxRobot robot) throws Exception {
        robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("sanne").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label badge = robot.lookup("#candidateSyncState").queryAs(Label.class);
        FxWait.until(5, () -> "Conflict".equals(badge.getText()));

        robot.clickOn("#conflictKeep0");
        FxWait.until(5, () -> "Nog niet verstuurd".equals(badge.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        Label waiting = robot.lookup("#candidateDecisionsWaiting").queryAs(Label.class);
        assertTrue(waiting.isVisible());
        assertTrue(waiting.getText().startsWith("Je keuze gaat mee met de volgende synchronisatie."),
                waiting.getText());
        assertTrue(robot.lookup("#conflictKeep0").tryQuery().isEmpty(), "the conflict left the list");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "72-candidate-sync-kept")).get();
        robot.interact(() -> stage.close());

        try (OpenCaseload open = OpenCaseload.unlock(files, PASSPHRASE.toCharArray())) {
            var conflict = open.store().read(dsl -> dsl.selectFrom(SYNC_CONFLICT).fetchOne());
            assertEquals(Resolution.KEEP, conflict.getDecision(), "the decision is on the file");
            assertNull(conflict.getDecisionBundleId(), "waiting for the next bundle");
            assertTrue(conflict.getResolvedAt() != null);
        }
    }
}
