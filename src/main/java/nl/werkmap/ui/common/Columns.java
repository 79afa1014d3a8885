package nl.werkmap.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Builds read-only text columns for the many small lists in the candidate screen. */
public final class Columns {

    private Columns() {
    }

    public static <S> TableColumn<S, String> text(TableView<S> table, String header, double width,
                                                  Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(c.getValue()))));
        column.setPrefWidth(width);
        column.setMinWidth(width <= 90 ? width : 60);
        table.getColumns().add(column);
        fitToWidth(table);
        return column;
    }

    /** Columns share the table's width (the last one takes the rest), so nothing hides behind a scroll bar. */
    public static void fitToWidth(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
