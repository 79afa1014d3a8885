package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Theme;

/**
 * The sheets' shadow stays on the sheets. JavaFX's VirtualFlow holds a table's rows in a Group with the style class
 * "sheet"; a bare {@code .sheet} rule once gave every table body a drop shadow, so the software renderer drew all rows
 * into an offscreen image and blurred it on every repaint (most of the renderer's time per keystroke).
 */
@ExtendWith(QuickExtension.class)
class TableBodyShadowTest {

    private TableView<String> table;
    private VBox card;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList("Jan", "Fatima", "Piet"));
        table.getColumns().add(new TableColumn<String, String>("Naam"));
        card = new VBox();
        card.getStyleClass().addAll("card", "sheet");
        Scene scene = new Scene(new VBox(table, card), 400, 300);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void onlyTheSheetCardsCastAShadow(FxRobot robot) {
        robot.interact(() -> {
            table.getScene().getRoot().applyCss();
            Set<Node> rowGroups = table.lookupAll(".sheet");
            // The flow's row group is there and carries the class the rule once matched.
            assertFalse(rowGroups.isEmpty());
            for (Node rows : rowGroups) {
                assertNull(rows.getEffect(), "the table body has an effect: " + rows);
            }
            // The sheet card's own shadow: background rings (SheetShadowTest), no effect either.
            assertNull(card.getEffect());
            assertEquals(4, card.getBackground().getFills().size(), "three shadow rings and the card's white");
        });
    }
}
