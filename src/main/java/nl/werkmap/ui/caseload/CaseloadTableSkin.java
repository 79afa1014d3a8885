package nl.werkmap.ui.caseload;

import java.util.Set;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

import nl.werkmap.store.caseload.CaseloadRow;

/**
 * The caseload table's skin, with one change to how rows are reused. JavaFX's VirtualFlow styles a reused row's whole
 * subtree again (every cell, label and bar matched against every stylesheet rule) as soon as the row shows another
 * candidate, because the new text asks for a layout. A profile of typing in the search box showed that styling as
 * the larger half of each keystroke. New text needs no styling; only a changed state does. So a reused row is styled
 * again only when its pseudo-classes changed (selected, focused, empty, odd/even...); the cells style their own
 * badges and bars at once when those change kind (see {@link WarningsCell}, {@link CompletenessCell},
 * {@link SyncMarkCell}). A row that was never styled goes the usual way.
 */
final class CaseloadTableSkin extends TableViewSkin<CaseloadRow> {

    private static final Object STYLED = new Object();

    CaseloadTableSkin(TableView<CaseloadRow> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<CaseloadRow>> createVirtualFlow() {
        return new VirtualFlow<>() {
            @Override
            protected void setCellIndex(TableRow<CaseloadRow> row, int index) {
                if (!row.getProperties().containsKey(STYLED) || row.getScene() == null) {
                    super.setCellIndex(row, index);
                    if (row.getScene() != null) {
                        row.getProperties().put(STYLED, Boolean.TRUE);
                    }
                    return;
                }
                Set<PseudoClass> before = Set.copyOf(row.getPseudoClassStates());
                row.updateIndex(index);
                if (!before.equals(row.getPseudoClassStates())) {
                    row.applyCss();
                }
            }
        };
    }
}
