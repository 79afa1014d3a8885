package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every table row is painted as plain rectangles: one fill and a bottom border for its grid line. The theme's rows
 * have two fills (the line's colour, the row's colour a pixel shorter), and JavaFX paints a background of two or more
 * fills from a kept image stretched to the row (unless the app tells it not to, {@code RegionPainting}): with the
 * software renderer that stretching, for every visible row, was most of the renderer's work per keystroke in the
 * caseload's search box; drawn directly, two fills paint every row twice. The rows look as before: the line over the
 * last pixel of each filled row (the cells keep the row's height), none under an empty one, the selection's colour on
 * the selected row.
 */
@ExtendWith(QuickExtension.class)
class TableRowPaintTest {

    private TableView<String> table;
    private TextField elsewhere;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList("Jan", "Fatima", "Piet"));
        TableColumn<String, String> name = new TableColumn<>("Naam");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
        table.getColumns().add(name);
        elsewhere = new TextField();
        ThemedStage.show(stage, new VBox(elsewhere, table));
    }

    @Test
    void aRowIsOneFillWithItsGridLineAsABorder(FxRobot robot) {
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            table.requestFocus();
            table.getScene().getRoot().applyCss();
            table.layout();
            List<TableRow<?>> rows = rows();
            assertTrue(rows.stream().anyMatch(TableRow::isEmpty), "the table is taller than its three rows");

            Paint plain = onlyFill(row(rows, 0));
            Paint selectedFocused = onlyFill(row(rows, 1));
            assertNotEquals(Color.TRANSPARENT, plain);
            assertNotEquals(plain, selectedFocused, "the selected row shows the selection's colour");
            for (TableRow<?> row : rows) {
                if (row.isEmpty()) {
                    assertEquals(Color.TRANSPARENT, onlyFill(row), "an empty row shows the table behind it");
                    assertEquals(Color.TRANSPARENT, bottomLine(row).getBottomStroke(), "and no line");
                } else {
                    BorderStroke line = bottomLine(row);
                    assertNotEquals(Color.TRANSPARENT, line.getBottomStroke(), "a filled row has its grid line");
                    assertEquals(new BorderWidths(0, 0, 1, 0), line.getWidths(), "only under the row, one pixel");
                    assertEquals(Insets.EMPTY, row.getInsets(), "over the row's last pixel: the cells keep its height");
                }
            }

            elsewhere.requestFocus();
            table.getScene().getRoot().applyCss();
            assertNotEquals(plain, onlyFill(row(rows(), 1)), "selected, the table not focused, still shows it");
        });
    }

    private List<TableRow<?>> rows() {
        return table.lookupAll(".table-row-cell").stream().<TableRow<?>>map(n -> (TableRow<?>) n).toList();
    }

    private static TableRow<?> row(List<TableRow<?>> rows, int index) {
        return rows.stream().filter(r -> r.getIndex() == index).findFirst().orElseThrow();
    }

    private static Paint onlyFill(TableRow<?> row) {
        assertNotNull(row.getBackground(), "the row has a background");
        List<BackgroundFill> fills = row.getBackground().getFills();
        assertEquals(1, fills.size(), "one fill, painted directly, not from a stretched image: " + fills);
        return fills.get(0).getFill();
    }

    private static BorderStroke bottomLine(TableRow<?> row) {
        assertFalse(row.getBorder() == null || row.getBorder().getStrokes().isEmpty(), "the row has a border");
        return row.getBorder().getStrokes().get(0);
    }
}
