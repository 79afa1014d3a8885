package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.QuickRobot;

/**
 * The caseload screen as a coach types a name that is not there and then one that is: the list says so in plain
 * Dutch with nothing behind it, and the next search shows exactly its candidates again. Since issue 13 the table
 * keeps its rows while the list is empty (hidden, not emptied and styled again) and takes the count back from zero
 * the usual way (CaseloadTableSkin); this is that path through the real screen, keyboard only, at 1366×768.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmptySearchFlowTest extends QuickRobot {

    private Stage stage;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        UiFixture fixture = new UiFixture(dir).withCaseload(store -> {
            for (String name : List.of("Sanne de Vries", "Jan van den Berg", "Anna Jansen", "Johan Bakker",
                    "Fatima el Amrani", "Piet Janssen")) {
                store.candidates().save(UiFixture.candidate(name, List.of()));
            }
        });
        FxToolkit.setupStage(fixture::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aSearchThatFindsNobodySaysSoAndTheNextSearchShowsItsCandidates() {
        UiFixture.unlock(this);
        TableView<?> table = UiFixture.find(this, "#table", TableView.class);

        search("zzz");
        Label empty = UiFixture.find(this, "#emptyText", Label.class);
        assertTrue(UiFixture.shown(empty), "the list says nobody was found");
        assertTrue(empty.getText().startsWith("Geen kandidaten gevonden"), empty.getText());
        assertEquals(Set.of(), shownNames(), "no candidate shows behind the message");
        Shots.take(stage, "caseload-search-nobody");

        search("jan");
        assertFalse(UiFixture.shown(empty), "the message goes once someone is found");
        assertEquals(new TreeSet<>(Set.of("Jan van den Berg", "Anna Jansen", "Piet Janssen")), shownNames());

        assertEquals(List.of("nooit", "nooit", "nooit"), shownTexts("contactColumn"),
                "every row says when its candidate was last seen");

        search("");
        assertEquals(6, shownNames().size(), "more rows than before, the count not from zero");
        assertEquals(Collections.nCopies(6, "nooit"), shownTexts("contactColumn"));

        search("jan");
        search("zzz");
        search("");
        assertEquals(6, shownNames().size(), "the whole caseload after the box is cleared");
        assertEquals(6, table.getItems().size());
        // The rows that were empty before the search that found nobody are filled whole: a cell whose value stays
        // null (no contact yet: "nooit") showed nothing there once.
        assertEquals(Collections.nCopies(6, "nooit"), shownTexts("contactColumn"));
        Shots.take(stage, "caseload-search-cleared");
    }

    /** The texts a column's cells show on the rows a coach can see, top to bottom. */
    private List<String> shownTexts(String columnId) {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node node : lookup(".table-row-cell").queryAll()) {
            if (node instanceof TableRow<?> row && UiFixture.shown(row) && row.getItem() != null) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingInt(TableRow::getIndex));
        List<String> texts = new ArrayList<>();
        for (TableRow<?> row : rows) {
            for (Node node : row.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                        && columnId.equals(cell.getTableColumn().getId())) {
                    texts.add(cell.getText());
                }
            }
        }
        return texts;
    }

    /** Ctrl+F, the box cleared, the text typed; what the pulse after it shows. */
    private void search(String text) {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The names on the rows a coach can see: shown rows holding a candidate. */
    private Set<String> shownNames() {
        Set<String> names = new TreeSet<>();
        for (Node node : lookup(".table-row-cell").queryAll()) {
            if (node instanceof TableRow<?> row && UiFixture.shown(row) && row.getItem() instanceof CaseloadRow r) {
                names.add(r.displayName());
            }
        }
        return names;
    }
}
