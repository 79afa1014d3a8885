package nl.werkmap.ui.caseload;

import java.util.function.Function;

import javafx.scene.control.TableCell;

/** A table cell that shows a value through a text function (enum labels, relative dates). */
final class TextCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> text;
    private final boolean includeNull;

    TextCell(Function<T, String> text) {
        this(text, false);
    }

    /** With {@code includeNull}, a null value is also passed to the function (e.g. "nooit" for no contact). */
    TextCell(Function<T, String> text, boolean includeNull) {
        this.text = text;
        this.includeNull = includeNull;
    }

    /**
     * A row that showed nobody and shows a candidate again at the same place gets its cells' values anew, but JavaFX
     * skips a cell whose value was null and stays null (the same index, the same value, the row's earlier candidate
     * back): the cell stayed empty, so "nooit" for a candidate never seen showed as a blank "Laatst gezien" after a
     * search that listed fewer rows and then more (EmptySearchFlowTest). Such a cell is filled here.
     */
    @Override
    public void updateIndex(int i) {
        super.updateIndex(i);
        if (includeNull && isEmpty() && getTableRow() != null && getTableRow().getItem() != null) {
            updateItem(null, false);
        }
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || getTableRow() == null || getTableRow().getItem() == null) {
            setText(null);
        } else if (item == null && !includeNull) {
            setText("");
        } else {
            setText(text.apply(item));
        }
    }
}
