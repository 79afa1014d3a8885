package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Messages;

/**
 * The caseload screen's warm-up, built off the FX thread as the app builds it, then stepped on the FX thread to the
 * end: it types its keys into an unseen copy of the screen, and after each key that copy's table holds exactly the
 * made-up rows the search leaves and its name cells show them, so the warm-up really runs the list's cell code.
 */
@ExtendWith(ApplicationExtension.class)
class CaseloadScreenWarmupTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void everyKeyLeavesTheRowsTheSearchFindsInTheUnseenTable(FxRobot robot) {
        CaseloadScreenWarmup copy = new CaseloadScreenWarmup(Messages.dutch(), 60, 4, 3);
        CaseloadIndex index = CaseloadIndex.build(WarmupRows.rows(1_500, LocalDate.now()));
        Set<String> boxes = new LinkedHashSet<>();
        List<Integer> counts = new ArrayList<>();
        int[] steps = {0};
        robot.interact(() -> {
            int seen = 0;
            while (copy.step()) {
                steps[0]++;
                assertTrue(steps[0] < 1_000, "the warm-up should end");
                if (copy.keysShown() == seen) {
                    continue;
                }
                seen = copy.keysShown();
                String box = copy.box();
                boxes.add(box);
                List<CaseloadRow> found = index.filter(box, CaseloadFilter.ANY);
                assertEquals(found, copy.rows(), "rows after '" + box + "'");
                counts.add(found.size());
                List<String> names = copy.namesShown();
                // Three rows high: two whole rows at least, and a part of one more when the header is low.
                assertTrue(names.size() >= Math.min(2, found.size()) && names.size() <= Math.min(4, found.size()),
                        names.size() + " rows shown after '" + box + "'");
                for (int i = 0; i < names.size(); i++) {
                    assertEquals(found.get(i).displayName(), names.get(i), "row " + i + " after '" + box + "'");
                }
            }
            assertEquals(60, seen, "every key typed");
        });
        assertTrue(boxes.contains(""), "the box is cleared between names: " + boxes);
        assertTrue(boxes.size() > 20, "many different searches: " + boxes);
        assertTrue(counts.stream().distinct().count() > 10, "results of many sizes: " + counts);
        robot.interact(() -> assertFalse(copy.step(), "nothing after the end"));
    }

    @Test
    void closedEarlyItDoesNothingMore(FxRobot robot) {
        CaseloadScreenWarmup copy = new CaseloadScreenWarmup(Messages.dutch(), 60, 1, 3);
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                assertTrue(copy.step());
            }
            copy.close();
            assertFalse(copy.step());
        });
    }
}
