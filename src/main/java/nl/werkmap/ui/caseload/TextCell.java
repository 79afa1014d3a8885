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
