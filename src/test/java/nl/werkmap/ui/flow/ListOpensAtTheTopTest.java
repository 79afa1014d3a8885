package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.ui.common.QuickExtension;

/**
 * After the unlock the caseload list shows its first rows: it once opened a few rows down (the 4th of 30, the 73rd of
 * 400), the first candidates hidden above, because the table's own skin was set before the table was in a scene.
 */
@ExtendWith(QuickExtension.class)
class ListOpensAtTheTopTest {

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) throws Exception {
        new UiFixture(dir.resolve("caseload")).withCaseload(UiFixture.numberedCandidates(100)).show(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void theFirstCandidatesShowAfterTheUnlock(FxRobot robot) {
        UiFixture.unlock(robot);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> top = new AtomicReference<>();
        AtomicReference<Double> position = new AtomicReference<>();
        robot.interact(() -> {
            TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
            VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            assertTrue(table.getItems().size() == 100, "all candidates listed: " + table.getItems().size());
            top.set(String.valueOf(flow.getFirstVisibleCell().getIndex()));
            position.set(flow.getPosition());
        });
        assertEquals("0", top.get(), "the first row shown");
        assertEquals(0.0, position.get(), "the list's scroll position");
    }
}
