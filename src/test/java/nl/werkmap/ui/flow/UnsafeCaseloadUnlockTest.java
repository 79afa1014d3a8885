package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.FxWait;

/**
 * A damaged caseload at the first unlock of a day: the list shows first, then the day's check (on its own thread)
 * raises an alarm that names the newest backup; the store refuses every write from then on (IntegrityAfterOpenTest).
 */
@ExtendWith(QuickExtension.class)
class UnsafeCaseloadUnlockTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private Path backup;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = dir.resolve("caseload");
        UiFixture fixture = new UiFixture(folder).withCaseload(UiFixture.numberedCandidates(400));
        Path db = folder.resolve("werkmap.db");
        backup = Files.createDirectories(folder.resolve("backups")).resolve("werkmap-20261201T080000Z-v22.db");
        Files.copy(db, backup);
        // Checked on an earlier day: today's first open runs quick_check.
        fixture.checkedOnAnEarlierDay();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(Files.size(db) / 2 / 4096 * 4096 + 100);
            f.write(new byte[1500]);
        }
        fixture.show(stage);
    }

    @Test
    void theCaseloadShowsFirstThenTheDayCheckRaisesTheAlarmNamingTheBackup(FxRobot robot) throws Exception {
        UiFixture.unlock(robot);
        assertTrue(robot.lookup("#navCaseload").tryQuery().isPresent(), "the list is not held up by the check");
        // The check runs on its own thread after the list is read; its alarm comes through the FX queue.
        FxWait.until(30,
                () -> robot.lookup("#integrityAlarm").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane alarm = robot.lookup("#integrityAlarm").queryAs(DialogPane.class);
        assertTrue(alarm.getHeaderText().contains("beschadigd"), alarm.getHeaderText());
        assertTrue(alarm.getContentText().contains(backup.toAbsolutePath().toString()), alarm.getContentText());
        assertTrue(alarm.getContentText().contains("niet bewaard"), alarm.getContentText());
        Shots.take(stage, "safety-damaged-caseload-unlock");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(alarm.getScene(), "safety-damaged-caseload-alarm"));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
