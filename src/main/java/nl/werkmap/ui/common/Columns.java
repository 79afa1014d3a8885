package nl.werkmap.ui.common;

import java.util.Comparator;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Builds read-only columns for the many lists. Every column sorts by the value it shows, not by its characters:
 * {@link #text} columns through {@link ValueOrder} (dates, numbers with units), {@link #sorted} columns by a typed
 * value (a date, a count of days) that a cell factory formats for display.
 */
public final class Columns {

    private Columns() {
    }

    public static <S> TableColumn<S, String> text(TableView<S> table, String header, double width,
                                                  Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(c.getValue()))));
        column.setComparator(ValueOrder.INSTANCE);
        size(column, width);
        table.getColumns().add(column);
        fitToWidth(table);
        return column;
    }

    /**
     * A column that holds a typed value and shows it through {@code display}: it sorts by the value (empty last),
     * so "1.022 dagen" comes after "275 dagen" and 2-5-2025 before 1-6-2026.
     */
    public static <S, T extends Comparable<? super T>> TableColumn<S, T> sorted(
            TableView<S> table, String header, double width, Function<S, T> value, Function<T, String> display) {
        TableColumn<S, T> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new DisplayCell<>(display));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        size(column, width);
        table.getColumns().add(column);
        fitToWidth(table);
        return column;
    }

    /** Columns share the table's width (the last one takes the rest), so nothing hides behind a scroll bar. */
    public static void fitToWidth(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static void size(TableColumn<?, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width <= 90 ? width : 60);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Shows a typed value as text; the value itself stays in the cell for sorting. */
    public static final class DisplayCell<S, T> extends TableCell<S, T> {

        private final Function<T, String> display;

        public DisplayCell(Function<T, String> display) {
            this.display = display;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : display.apply(item));
        }
    }
}
