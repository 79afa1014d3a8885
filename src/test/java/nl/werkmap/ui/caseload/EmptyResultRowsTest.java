package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;

/**
 * A search that finds nothing, and the key after it, in the caseload's own table skin: each visible row is filled
 * once, not emptied and filled again as JavaFX's rebuild of every row did (which also styled each row again whole),
 * and every visible row still shows the candidate at its index.
 */
@ExtendWith(QuickExtension.class)
class EmptyResultRowsTest {

    private TableView<CaseloadRow> table;
    private final ShownRows shown = new ShownRows();
    private CaseloadIndex index;
    /** Fills of rows in the table's sheet (not the flow's measuring row). */
    private int fills;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forLocale(Locale.forLanguageTag("nl"));
        // The shared test rows, with a second warning that has a Dutch text.
        index = CaseloadIndex.build(ShownRowsTest.rows(300, 5).stream().map(r -> new CaseloadRow(r.id(),
                r.displayName(), r.status(), r.coachId(), r.coachName(), r.registerStatus(), r.sectors(),
                r.lastContact(), r.completeness(), r.warningKeys().stream()
                        .map(k -> k.startsWith("contact.") ? k : "contact.warning.NOOIT_GEZIEN").toList(),
                r.pupil(), r.fullName(), r.cue())).toList());
        table = new TableView<>();
        TableColumn<CaseloadRow, String> name = new TableColumn<>("Naam");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        name.setCellFactory(c -> new NameCell());
        TableColumn<CaseloadRow, Integer> completeness = new TableColumn<>("Compleet");
        completeness.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().completeness()));
        completeness.setCellFactory(c -> new CompletenessCell(messages));
        TableColumn<CaseloadRow, List<String>> warnings = new TableColumn<>("Signalen");
        warnings.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().warningKeys()));
        warnings.setCellFactory(c -> new WarningsCell(messages));
        table.getColumns().add(name);
        table.getColumns().add(completeness);
        table.getColumns().add(warnings);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CaseloadRow item, boolean empty) {
                super.updateItem(item, empty);
                if (getParent() != null && getParent().getStyleClass().contains("sheet")) {
                    fills++;
                }
            }
        });
        shown.showIn(table);
        table.setSkin(new CaseloadTableSkin(table));
        search("");
        stage.setScene(new Scene(table, 800, 600));
        stage.show();
    }

    private void search(String box) {
        shown.show(index, index.positions(index.filter(box, CaseloadFilter.ANY)));
    }

    /** Searches, then what a pulse does: styles, then the layout of what asked for one; the rows filled meanwhile. */
    private int type(FxRobot robot, String box) {
        int[] filled = new int[1];
        robot.interact(() -> {
            int before = fills;
            search(box);
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            filled[0] = fills - before;
        });
        return filled[0];
    }

    @Test
    void aSearchThatFindsNothingAndTheKeyAfterItFillEachRowOnce(FxRobot robot) {
        for (String[] step : new String[][] {{"a", "zzz", "a"}, {"an", "zzz", "j"}, {"zzz", "", "zzz"}}) {
            int[] visible = new int[1];
            robot.interact(() -> visible[0] = sheetRows().size());
            type(robot, step[0]);
            int first = type(robot, step[1]);
            robot.interact(this::assertEveryRowShowsItsCandidate);
            int back = type(robot, step[2]);
            robot.interact(this::assertEveryRowShowsItsCandidate);
            assertTrue(visible[0] > 10, "the window shows rows");
            assertTrue(first <= visible[0], step[0] + " -> " + step[1] + ": " + first + " fills for " + visible[0]
                    + " rows");
            assertTrue(back <= visible[0], step[1] + " -> " + step[2] + ": " + back + " fills for " + visible[0]
                    + " rows");
        }
    }

    private List<TableRow<?>> sheetRows() {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && shown(n) && n.getParent() != null
                    && n.getParent().getStyleClass().contains("sheet")) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Visible with every parent: while the list is empty the table hides its rows behind the placeholder. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void assertEveryRowShowsItsCandidate() {
        List<TableRow<?>> rows = sheetRows();
        // No candidates: no row shows (the table's placeholder does); otherwise the window is full of rows.
        assertEquals(table.getItems().isEmpty(), rows.isEmpty(), "rows shown for " + table.getItems().size());
        for (TableRow<?> row : rows) {
            int i = row.getIndex();
            if (i >= 0 && i < table.getItems().size()) {
                CaseloadRow expected = table.getItems().get(i);
                assertEquals(expected, row.getItem(), "row " + i);
                Label name = (Label) row.lookup(".table-cell .label");
                assertEquals(expected.displayName(), name.getText(), "name in row " + i);
                assertEquals(List.of(), row.getPseudoClassStates().stream()
                        .filter(p -> p.getPseudoClassName().equals("empty")).toList(), "row " + i + " is filled");
            } else {
                assertEquals(null, row.getItem(), "row " + i + " past the end is empty");
            }
        }
    }
}
