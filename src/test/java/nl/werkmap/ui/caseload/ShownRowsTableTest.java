package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.QuickExtension;

/**
 * The shown rows in a real TableView: the chosen row stays chosen (and focused) while a search still shows it and is
 * let go when it does not; sorting on a column keeps it too; a row that shows the same candidate at the same place is
 * not filled again; every visible row shows the candidate at its index.
 */
@ExtendWith(QuickExtension.class)
class ShownRowsTableTest {

    private TableView<CaseloadRow> table;
    private final ShownRows shown = new ShownRows();
    private CaseloadIndex index;
    private TableColumn<CaseloadRow, Integer> completeness;
    /** Fills of rows in the table's sheet (not the flow's measuring row). */
    private int fills;
    private final java.util.List<String> filled = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        index = CaseloadIndex.build(ShownRowsTest.rows(300, 3));
        table = new TableView<>();
        TableColumn<CaseloadRow, String> name = new TableColumn<>("Naam");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        completeness = new TableColumn<>("Compleet");
        completeness.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().completeness()));
        table.getColumns().add(name);
        table.getColumns().add(completeness);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CaseloadRow item, boolean empty) {
                super.updateItem(item, empty);
                if (getParent() != null && getParent().getStyleClass().contains("sheet")) {
                    fills++;
                    filled.add(getIndex() + (item == null ? "-" : ":" + item.displayName()));
                }
            }
        });
        shown.showIn(table);
        search("");
        stage.setScene(new Scene(table, 600, 400));
        stage.show();
    }

    private void search(String box) {
        shown.show(index, index.positions(index.filter(box, CaseloadFilter.ANY)));
    }

    private void onFx(FxRobot robot, Runnable work) {
        robot.interact(work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theChosenRowStaysChosenWhileShownAndGoesWhenNot(FxRobot robot) {
        CaseloadRow jan = index.filter("jan", CaseloadFilter.ANY).get(3);
        onFx(robot, () -> table.getSelectionModel().select(jan));
        assertTrue(table.getItems().indexOf(jan) > 3, "the row is further down before the search");

        onFx(robot, () -> search("jan"));
        assertEquals(jan, table.getSelectionModel().getSelectedItem());
        assertEquals(3, table.getSelectionModel().getSelectedIndex());
        assertEquals(3, table.getFocusModel().getFocusedIndex());
        assertShowsItsItems(robot);

        onFx(robot, () -> search("ja"));
        assertEquals(jan, table.getSelectionModel().getSelectedItem());

        // Sorted on a column: the row is still the chosen one, at its new place.
        onFx(robot, () -> table.getSortOrder().add(completeness));
        assertEquals(jan, table.getSelectionModel().getSelectedItem());
        assertEquals(table.getItems().indexOf(jan), table.getSelectionModel().getSelectedIndex());
        assertEquals(table.getItems().indexOf(jan), table.getFocusModel().getFocusedIndex());
        List<Integer> sorted = table.getItems().stream().map(CaseloadRow::completeness).toList();
        assertEquals(sorted.stream().sorted().toList(), sorted);
        assertShowsItsItems(robot);

        onFx(robot, () -> search("zzz"));
        assertNull(table.getSelectionModel().getSelectedItem());
        assertEquals(0, table.getItems().size());
        onFx(robot, () -> search(""));
        assertNull(table.getSelectionModel().getSelectedItem(), "a choice let go does not come back");
        assertEquals(300, table.getItems().size());
        assertShowsItsItems(robot);
    }

    @Test
    void aRowThatStillShowsTheSameCandidateIsNotFilledAgain(FxRobot robot) {
        int[] all = index.positions(index.filter("", CaseloadFilter.ANY));
        // One row far below the visible ones leaves, then comes back: the visible rows keep their candidates.
        onFx(robot, () -> fills = 0);
        onFx(robot, () -> shown.show(index, java.util.Arrays.stream(all).filter(p -> p != 250).toArray()));
        assertEquals(299, table.getItems().size());
        onFx(robot, () -> shown.show(index, all));
        assertEquals(0, fills, "no visible row was filled again");
        assertShowsItsItems(robot);

        // The second row leaves: only the rows from there on show another candidate.
        onFx(robot, () -> shown.show(index, java.util.Arrays.stream(all).filter(p -> p != 1).toArray()));
        int visible = (int) robot.lookup(".table-row-cell").queryAll().stream().filter(Node::isVisible).count();
        assertTrue(fills > 0 && fills < visible, fills + " fills for " + visible + " visible rows");
        assertShowsItsItems(robot);
    }

    /** A save: the candidate's row put in the index again, told to the list as that one row changed. */
    private CaseloadRow save(CaseloadRow row, String name, int completeness) {
        CaseloadRow saved = new CaseloadRow(row.id(), name, row.status(), null, null, row.registerStatus(),
                List.of(), row.lastContact(), completeness, row.warningKeys(), false, name);
        index = index.replaced(row.id(), saved);
        shown.show(index, index.positions(index.filter(box, CaseloadFilter.ANY)), java.util.Set.of(row.id()));
        return saved;
    }

    private String box = "";

    @Test
    void aSavedRowStaysChosenAtItsNewPlaceAndOnlyItsRowIsFilledWhenItStays(FxRobot robot) {
        CaseloadRow chosen = table.getItems().get(5);
        onFx(robot, () -> table.getSelectionModel().select(5));

        // Saved in place (the name keeps its place): only that row is filled again.
        onFx(robot, () -> {
            fills = 0;
            filled.clear();
        });
        CaseloadRow[] saved = new CaseloadRow[1];
        onFx(robot, () -> saved[0] = save(chosen, chosen.displayName(), 7));
        // The table touches the saved row's place and the one above it (where its focus stands between the removal
        // and the addition), not the other visible rows.
        assertTrue(filled.stream().allMatch(f -> f.startsWith("4:") || f.startsWith("5:")) && fills <= 3,
                "only the saved row's place is filled again: " + filled);
        assertTrue(filled.contains("5:" + saved[0].displayName()), "the saved row shows its new values");
        assertEquals(saved[0], table.getSelectionModel().getSelectedItem());
        assertEquals(5, table.getFocusModel().getFocusedIndex());
        assertShowsItsItems(robot);

        // Renamed to the end of the list: still chosen and focused, at its new place.
        onFx(robot, () -> saved[0] = save(saved[0], "Zzz Laatste", 7));
        assertEquals(saved[0], table.getSelectionModel().getSelectedItem());
        assertEquals(table.getItems().size() - 1, table.getSelectionModel().getSelectedIndex());
        assertEquals(table.getItems().size() - 1, table.getFocusModel().getFocusedIndex());
        assertShowsItsItems(robot);

        // Sorted on completeness, a save that moves it to the top keeps it chosen there.
        onFx(robot, () -> table.getSortOrder().add(completeness));
        onFx(robot, () -> saved[0] = save(saved[0], "Zzz Laatste", -1));
        assertEquals(saved[0], table.getSelectionModel().getSelectedItem());
        assertEquals(0, table.getSelectionModel().getSelectedIndex());
        assertEquals(0, table.getFocusModel().getFocusedIndex());
        assertShowsItsItems(robot);

        // A save that makes it leave the search lets the choice go, as a search that hides it does.
        onFx(robot, () -> {
            box = "zzz";
            search(box);
        });
        assertEquals(saved[0], table.getSelectionModel().getSelectedItem());
        onFx(robot, () -> saved[0] = save(saved[0], "Anna Eerste", -1));
        assertEquals(0, table.getItems().size());
        assertNull(table.getSelectionModel().getSelectedItem());
    }

    private void assertShowsItsItems(FxRobot robot) {
        for (Node node : robot.lookup(".table-row-cell").queryAll()) {
            @SuppressWarnings("unchecked")
            TableRow<CaseloadRow> row = (TableRow<CaseloadRow>) node;
            if (row.isVisible() && row.getIndex() >= 0 && row.getIndex() < table.getItems().size()) {
                assertEquals(table.getItems().get(row.getIndex()), row.getItem(), "row " + row.getIndex());
            }
        }
    }
}
