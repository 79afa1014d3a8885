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

    /** The number of rows at the last count the skin took. */
    private int counted;
    /** True while the skin takes a count that goes from no rows to some or back. */
    private boolean toOrFromEmpty;

    CaseloadTableSkin(TableView<CaseloadRow> table) {
        super(table);
    }

    /**
     * JavaFX rebuilds every row when the list goes from no rows to some (and, as a step that removes every row
     * resets its count, when it goes to none): each visible row is emptied and filled again, and, its state having
     * gone to empty and back, styled again whole. That made a search that found nothing, and the key after it, two
     * to three times a usual keystroke. The rows are set to their new candidates anyway when the list is laid out
     * (a row whose candidate is the same one is left as it is, as for any other keystroke), so these two counts
     * take the usual path instead.
     */
    @Override
    protected void updateItemCount() {
        int now = getItemCount();
        toOrFromEmpty = (counted == 0) != (now == 0);
        counted = now;
        try {
            super.updateItemCount();
        } finally {
            toOrFromEmpty = false;
        }
    }

    @Override
    protected VirtualFlow<TableRow<CaseloadRow>> createVirtualFlow() {
        return new VirtualFlow<>() {
            /**
             * With no rows the table hides the flow behind its placeholder; laid out all the same, every row was
             * emptied (and styled as empty) only to be filled and styled again at the next key that finds someone.
             * Hidden, the rows are left as they are until there are rows to show.
             */
            @Override
            protected void layoutChildren() {
                if (counted == 0 && !isVisible()) {
                    return;
                }
                super.layoutChildren();
            }

            @Override
            protected void rebuildCells() {
                if (toOrFromEmpty) {
                    reconfigureCells();
                } else {
                    super.rebuildCells();
                }
            }

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
