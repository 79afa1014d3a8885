package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.store.db.Database;
import nl.werkmap.ui.common.FxWait;
import nl.werkmap.ui.common.QuickExtension;

/**
 * The day's integrity check, put off at the first unlock of a day, starts only once the caseload list is on screen:
 * started right behind the list's read it ran beside the showing of the list the coach waits for (issue 13).
 */
@ExtendWith(QuickExtension.class)
class DayCheckAfterListTest {

    private static final String CHECK_THREAD = "werkmap-integrity-check";

    @TempDir
    static Path dir;

    private Stage stage;
    private Path db;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = dir.resolve("caseload");
        UiFixture fixture = new UiFixture(folder).withCaseload(UiFixture.numberedCandidates(30)).checkedOnAnEarlierDay();
        db = fixture.files.database();
        fixture.show(stage);
    }

    @Test
    void theCheckStartsOnlyOnceTheListShowsItsRows(FxRobot robot) throws Exception {
        AtomicReference<String> whenRowsShowed = new AtomicReference<>();
        Scene scene = stage.getScene();
        // At the end of the first pulse that lays out the list with rows: has the check begun, or even passed?
        robot.interact(() -> scene.addPostLayoutPulseListener(() -> {
            if (whenRowsShowed.get() == null) {
                Node table = scene.lookup("#table");
                if (table instanceof TableView<?> rows && !rows.getItems().isEmpty()) {
                    whenRowsShowed.set(checkState());
                }
            }
        }));
        UiFixture.unlock(robot);
        FxWait.until(30, () -> whenRowsShowed.get() != null);
        assertEquals("not begun", whenRowsShowed.get(), "the day's check when the list first showed its rows");
        // And it does run after that: the pass is recorded in the file.
        FxWait.until(30, () -> !UiFixture.CHECKED_EARLIER.equals(lastCheckOn()));
    }

    private String checkState() {
        boolean running = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(CHECK_THREAD));
        if (running) {
            return "running";
        }
        return UiFixture.CHECKED_EARLIER.equals(lastCheckOn()) ? "not begun" : "passed";
    }

    private String lastCheckOn() {
        try (Connection c = Database.connectPlain(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_check_on FROM caseload_binding")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
