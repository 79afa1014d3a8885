package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
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
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;

/**
 * The Signalen cells in the caseload's own table skin, with the fixed row height, while searches make rows go,
 * come back and show other candidates: every visible row shows its candidate's first signal and "+N" for the others,
 * and its tooltip names them all.
 */
@ExtendWith(QuickExtension.class)
class WarningsCellTableTest {

    private final Messages messages = Messages.dutch();
    private final ShownRows shown = new ShownRows();
    private TableView<CaseloadRow> table;
    private TableColumn<CaseloadRow, List<String>> warnings;
    private CaseloadIndex index;

    @Start
    void start(Stage stage) {
        // The shared test rows, with a second warning that has a Dutch text.
        index = CaseloadIndex.build(ShownRowsTest.rows(300, 5).stream().map(r -> new CaseloadRow(r.id(),
                r.displayName(), r.status(), r.coachId(), r.coachName(), r.registerStatus(), r.sectors(),
                r.lastContact(), r.completeness(), r.warningKeys().stream()
                        .map(k -> k.startsWith("contact.") ? k : "contact.warning.NOOIT_GEZIEN").toList(),
                r.pupil(), r.fullName(), r.cue())).toList());
        table = new TableView<>();
        TableColumn<CaseloadRow, String> name = new TableColumn<>("Naam");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        warnings = new TableColumn<>("Signalen");
        warnings.setPrefWidth(500);
        warnings.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().warningKeys()));
        warnings.setCellFactory(c -> new WarningsCell(messages));
        table.getColumns().add(name);
        table.getColumns().add(warnings);
        table.setFixedCellSize(36);
        shown.showIn(table);
        table.setSkin(new CaseloadTableSkin(table));
        search("");
        stage.setScene(new Scene(table, 800, 500));
        stage.show();
    }

    private void search(String box) {
        shown.show(index, index.positions(index.filter(box, CaseloadFilter.ANY)));
    }

    @Test
    void everyVisibleRowShowsItsOwnBadges(FxRobot robot) {
        for (String box : List.of("", "j", "ja", "jan", "ja", "", "p", "pi", "zzz", "", "a", "an", "anna", "")) {
            robot.interact(() -> search(box));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                // What a pulse does, in case none came yet: styles, then the layout of what asked for one.
                table.getScene().getRoot().applyCss();
                table.getScene().getRoot().layout();
                assertBadges(box);
            });
        }
    }

    private void assertBadges(String box) {
        int checked = 0;
        for (Node node : table.lookupAll(".table-cell")) {
            if (!(node instanceof WarningsCell cell) || !isShown(cell) || cell.getTableRow() == null
                    || cell.getTableRow().getItem() == null) {
                continue;
            }
            CaseloadRow row = cell.getTableRow().getItem();
            List<String> keys = row.warningKeys();
            List<String> expected = keys.isEmpty() ? List.of() : keys.size() == 1 ? List.of(messages.text(keys.get(0)))
                    : List.of(messages.text(keys.get(0)), "+" + (keys.size() - 1));
            assertEquals(expected, cell.seen(), "'" + box + "': badges of " + row.displayName());
            if (!keys.isEmpty()) {
                assertEquals(String.join("; ", keys.stream().map(messages::text).toList()),
                        cell.getTooltip().getText(), "the tooltip names every signal");
            }
            checked++;
        }
        assertTrue(checked > 0 || table.getItems().isEmpty(), "'" + box + "': some rows were checked");
    }

    private static boolean isShown(TableCell<?, ?> cell) {
        for (Node n = cell; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
