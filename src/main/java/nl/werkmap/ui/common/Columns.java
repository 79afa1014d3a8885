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
        table.getColumns().add(column);
        return column;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
