package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.werkmap.store.db.Database;

/** A damaged caseload is refused on the unlock card with a Dutch message naming the newest backup. */
@ExtendWith(ApplicationExtension.class)
class UnsafeCaseloadUnlockTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private Path backup;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = dir.resolve("caseload");
        UiFixture fixture = new UiFixture(folder).withCaseload(store -> {
            for (int i = 0; i < 400; i++) {
                store.candidates().save(UiFixture.candidate("Kandidaat " + i, List.of("groen")));
            }
        });
        Path db = folder.resolve("werkmap.db");
        backup = Files.createDirectories(folder.resolve("backups")).resolve("werkmap-20261201T080000Z-v22.db");
        Files.copy(db, backup);
        // Checked yesterday: today's first open runs quick_check.
        try (Connection c = Database.connectPlain(db); Statement s = c.createStatement()) {
            s.execute("UPDATE caseload_binding SET last_check_on = '2000-01-01'");
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(Files.size(db) / 2 / 4096 * 4096 + 100);
            f.write(new byte[1500]);
        }
        fixture.show(stage);
    }

    @Test
    void theUnlockCardSaysTheFileIsDamagedAndWhichBackupToPutBack(FxRobot robot) {
        UiFixture.unlock(robot);
        String error = robot.lookup("#error").queryAs(Label.class).getText();
        assertTrue(error.contains("beschadigd"), error);
        assertTrue(error.contains(backup.toAbsolutePath().toString()), error);
        assertFalse(robot.lookup("#navCaseload").tryQuery().isPresent(), "the caseload is not opened");
        Shots.take(stage, "safety-damaged-caseload-unlock");
    }
}
