package nl.werkmap.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FxmlView;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.QuietNavigator;
import nl.werkmap.ui.common.TestPreferences;
import nl.werkmap.ui.common.ViewLoader;

/**
 * A page made ahead is styled slice by slice: the large panes (inside a tab and a scroll pane, as a candidate's
 * profile form) give up their children, which come back in their order and places, {@link SlicedStyling#SLICE} at a
 * time, each slice styled; small panes are left alone; {@code finish} puts back the rest at once (issue 13).
 */
@ExtendWith(QuickExtension.class)
class SlicedStylingTest {

    private StackPane area;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        area = new StackPane();
        stage.setScene(new Scene(area, 600, 400));
        stage.show();
    }

    @Test
    void largePanesGetTheirChildrenBackSliceBySliceInTheirOrderAndPlaces(FxRobot robot) {
        GridPane form = grid(Math.max(SlicedStyling.LARGE, 2 * SlicedStyling.SLICE) + 5);
        HBox small = new HBox(new Label("a"), new Label("b"));
        List<Node> before = new ArrayList<>(form.getChildren());
        Page page = new Page(form, small);
        robot.interact(() -> {
            SlicedStyling slices = SlicedStyling.takeApart(page.root, area);
            assertTrue(form.getChildren().isEmpty(), "the large pane gave its children up");
            assertEquals(2, small.getChildren().size(), "a small one keeps them");
            area.getChildren().add(page.root);
            page.root.applyCss();
            assertFalse(slices.done());
            List<Integer> sizes = new ArrayList<>();
            boolean more = true;
            while (more) {
                more = slices.next();
                sizes.add(form.getChildren().size());
                TextField last = (TextField) form.getChildren().get(form.getChildren().size() - 1);
                assertNotNull(last.getSkin(), "each slice is styled when it comes back");
            }
            List<Integer> expected = new ArrayList<>();
            for (int back = SlicedStyling.SLICE; back < before.size(); back += SlicedStyling.SLICE) {
                expected.add(back);
            }
            expected.add(before.size());
            assertEquals(expected, sizes);
            assertTrue(sizes.size() >= 3, "three slices or more");
            assertTrue(slices.done());
        });
        assertEquals(before, form.getChildren(), "the same children, in the same order");
        for (int i = 0; i < before.size(); i++) {
            assertEquals(i, GridPane.getRowIndex(before.get(i)));
        }
    }

    @Test
    void finishPutsBackAllThatIsLeftStyled(FxRobot robot) {
        GridPane form = grid(SlicedStyling.LARGE * 3);
        List<Node> before = new ArrayList<>(form.getChildren());
        Page page = new Page(form, new HBox());
        robot.interact(() -> {
            SlicedStyling slices = SlicedStyling.takeApart(page.root, area);
            area.getChildren().add(page.root);
            page.root.applyCss();
            slices.next();
            slices.finish();
            assertTrue(slices.done());
            before.forEach(node -> assertNotNull(((TextField) node).getSkin()));
        });
        assertEquals(before, form.getChildren());
    }

    @Test
    void aPageWithoutLargePanesHasNothingToSlice(FxRobot robot) {
        Page page = new Page(grid(SlicedStyling.LARGE), new HBox());
        robot.interact(() -> assertTrue(SlicedStyling.takeApart(page.root, area).done()));
        assertEquals(SlicedStyling.LARGE, page.form.getChildren().size());
    }

    @Test
    void theShellStylesAPageMadeAheadInSlicesAndFinishesItWhenItShows(FxRobot robot) {
        Messages messages = Messages.dutch();
        ShellController shell = new ShellController(new ShellViewModel(messages, Background.sameThread(),
                new TestPreferences()), new QuietNavigator(), () -> { });
        robot.interact(() -> stage.setScene(new Scene(new ViewLoader(messages).load(FxmlView.SHELL, shell).root(),
                800, 500)));
        GridPane form = grid(SlicedStyling.LARGE * 4);
        List<Node> before = new ArrayList<>(form.getChildren());
        Page first = new Page(form, new HBox());
        robot.interact(() -> {
            shell.keepReady(first.root);
            assertTrue(form.getChildren().size() < before.size(), "slices still to come");
        });
        robot.interact(() -> { }); // the FX thread runs the slice tasks, one after the other
        assertEquals(before, form.getChildren(), "all back once the FX thread had time");
        assertFalse(first.root.isVisible());

        GridPane secondForm = grid(SlicedStyling.LARGE * 4);
        List<Node> secondBefore = new ArrayList<>(secondForm.getChildren());
        Page second = new Page(secondForm, new HBox());
        robot.interact(() -> {
            shell.keepReady(second.root);
            shell.showPage(second.root); // in the same task: no slice ran yet
            assertEquals(secondBefore, secondForm.getChildren(), "all back before it shows");
            secondBefore.forEach(node -> assertNotNull(((TextField) node).getSkin()));
            assertTrue(second.root.isVisible());
        });
        robot.interact(() -> { }); // slice tasks still queued find the page shown and leave it alone
        assertEquals(secondBefore, secondForm.getChildren());
    }

    /** A page as a candidate's: a frame with tabs, the first holding a scroll pane with the form and more. */
    private static final class Page {
        final BorderPane root = new BorderPane();
        final GridPane form;

        Page(GridPane form, HBox other) {
            this.form = form;
            TabPane tabs = new TabPane(new Tab("profiel", new ScrollPane(new HBox(form, other))), new Tab("plan"));
            root.setTop(new Label("kop"));
            root.setCenter(tabs);
        }
    }

    private static GridPane grid(int rows) {
        GridPane grid = new GridPane();
        for (int i = 0; i < rows; i++) {
            grid.add(new TextField("veld " + i), 1, i);
        }
        return grid;
    }
}
