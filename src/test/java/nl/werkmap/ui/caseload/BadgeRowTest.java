package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Signalen column's badges: all of them when they fit; in a narrow column the ones that fit whole and "+N" for
 * the rest, never a badge cut in half beside another; none drawn outside the column.
 */
@ExtendWith(ApplicationExtension.class)
class BadgeRowTest {

    private BadgeRow row;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        // Made here, on the FX thread: controls cannot be made before the toolkit runs.
        row = new BadgeRow();
        holder = new StackPane(row);
        holder.setMaxWidth(StackPane.USE_PREF_SIZE);
        stage.setScene(new Scene(new StackPane(holder), 800, 100));
        stage.show();
    }

    private void show(FxRobot robot, double width, List<String> texts) {
        robot.interact(() -> {
            for (int i = 0; i < texts.size(); i++) {
                row.badge(i).setText(texts.get(i));
            }
            row.use(texts.size());
            holder.setPrefWidth(width);
            holder.setMinWidth(width);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Label> visibleBadges() {
        return row.getChildren().stream().filter(n -> n != row.more() && n.isVisible()).map(Label.class::cast)
                .toList();
    }

    @Test
    void allBadgesShowWhenTheyFit(FxRobot robot) {
        show(robot, 600, List.of("Te lang geen contact", "Nog nooit gezien"));
        assertEquals(2, visibleBadges().size());
        assertFalse(row.more().isVisible());
        assertWholeAndInside(visibleBadges());
    }

    @Test
    void whatDoesNotFitBecomesACount(FxRobot robot) {
        show(robot, 600, List.of("Te lang geen contact", "Nog nooit gezien", "Schoolverlater: niet gestart"));
        double two = visibleBadges().get(0).getWidth() + BadgeRow.GAP + visibleBadges().get(1).getWidth();
        show(robot, two + 30, List.of("Te lang geen contact", "Nog nooit gezien", "Schoolverlater: niet gestart"));
        assertEquals(List.of("Te lang geen contact", "Nog nooit gezien"),
                visibleBadges().stream().map(Label::getText).toList());
        assertTrue(row.more().isVisible());
        assertEquals("+1", row.more().getText());
        assertWholeAndInside(visibleBadges());

        show(robot, 160, List.of("Te lang geen contact", "Nog nooit gezien"));
        assertEquals(1, visibleBadges().size());
        assertEquals("+1", row.more().getText());
        assertTrue(row.more().isVisible());
        assertInside(row.more());

        // Fewer badges in the same cell: the spare one is hidden, the count goes.
        show(robot, 600, List.of("Nog nooit gezien"));
        assertEquals(List.of("Nog nooit gezien"), visibleBadges().stream().map(Label::getText).toList());
        assertFalse(row.more().isVisible());
    }

    private void assertWholeAndInside(List<Label> badges) {
        for (Label badge : badges) {
            assertEquals(badge.prefWidth(-1), badge.getWidth(), 0.5, badge.getText() + " is drawn whole");
            assertInside(badge);
        }
    }

    private void assertInside(Label badge) {
        // The badge's box, not its drawn bounds: text may overhang its box by a fraction of a pixel.
        double left = badge.getLayoutX();
        double right = left + badge.getWidth();
        assertTrue(left >= 0 && right <= row.getWidth() + 0.5,
                badge.getText() + " from " + left + " to " + right + " lies inside the row of width " + row.getWidth());
    }
}
