package nl.werkmap.ui.report;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SmallCellPolicy;
import nl.werkmap.ui.common.Messages;

/** Builds the screen form of a protected {@link ReportTable}: a table view, and a bar chart of its chart column. */
final class ReportTables {

    private ReportTables() {
    }

    static VBox block(ReportTable table, Messages messages) {
        VBox box = new VBox(6);
        box.getStyleClass().add("report-block");
        Label title = new Label(table.title());
        title.getStyleClass().add("subtitle");
        box.getChildren().addAll(title, tableView(table, messages));
        if (!table.note().isEmpty()) {
            Label note = new Label(table.note());
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            box.getChildren().add(note);
        }
        if (table.anyHidden()) {
            Label small = new Label(SmallCellPolicy.EXPLANATION);
            small.setWrapText(true);
            small.getStyleClass().add("muted");
            box.getChildren().add(small);
        }
        return box;
    }

    static TableView<List<ReportCell>> tableView(ReportTable table, Messages messages) {
        TableView<List<ReportCell>> view = new TableView<>();
        // A table with nothing in this period says so in the reader's language, under its own headers.
        Label none = new Label(messages.text("report.table.noData"));
        none.getStyleClass().add("muted");
        view.setPlaceholder(none);
        view.setAccessibleText(table.title());
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int c = 0; c < table.headers().size(); c++) {
            int col = c;
            TableColumn<List<ReportCell>, String> column = new TableColumn<>(table.headers().get(c));
            column.setSortable(false);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(col).display()));
            column.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    getStyleClass().removeAll("report-total", "report-hidden");
                    if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                        ReportCell cell = getTableRow().getItem().get(col);
                        setAlignment(cell.numeric() || cell.hidden() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                        if (cell.hidden()) {
                            getStyleClass().add("report-hidden");
                        }
                        if (table.lastRowIsTotal() && getIndex() == table.rows().size() - 1) {
                            getStyleClass().add("report-total");
                        }
                    }
                }
            });
            column.setPrefWidth(c == 0 ? 220 : 120);
            view.getColumns().add(column);
        }
        view.getItems().setAll(table.rows());
        view.setFixedCellSize(26);
        view.setPrefHeight(30 + 26 * (Math.max(1, table.rows().size()) + 1));
        view.setMinHeight(view.getPrefHeight());
        return view;
    }

    /** A bar chart of the table's chart column, or null when it has none or nothing to show. */
    static BarChart<String, Number> chart(ReportTable table) {
        int col = table.chartColumn();
        if (col < 0) {
            return null;
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(table.headers().get(col));
        chart.setAccessibleText(table.title() + ": " + table.headers().get(col));
        chart.setCategoryGap(4);
        chart.setBarGap(1);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        int rows = table.rows().size() - (table.lastRowIsTotal() ? 1 : 0);
        for (int r = 0; r < rows; r++) {
            ReportCell v = table.cell(r, col);
            // Hidden values get no bar: the chart must not show what the table hides.
            String label = table.cell(r, 0).display() + (v.hidden() ? " (" + v.display() + ")" : "");
            series.getData().add(new XYChart.Data<>(label, v.numeric() ? v.number() * (v.kind() == ReportCell.Kind.PERCENT ? 100 : 1) : 0));
        }
        if (series.getData().stream().allMatch(d -> d.getYValue().doubleValue() == 0)) {
            // All hidden under the small-cell rule or all zero: an empty frame says nothing the table doesn't.
            return null;
        }
        chart.getData().add(series);
        boolean counts = series.getData().stream()
                .allMatch(d -> d.getYValue().doubleValue() == Math.rint(d.getYValue().doubleValue()));
        if (counts) {
            // People and contacts come whole: a "12,5" tick would suggest half a candidate.
            y.setMinorTickVisible(false);
            y.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
                @Override
                public String toString(Number n) {
                    double d = n.doubleValue();
                    return d == Math.rint(d) ? Long.toString(Math.round(d)) : "";
                }

                @Override
                public Number fromString(String s) {
                    return Double.valueOf(s);
                }
            });
        }
        chart.setPrefHeight(260);
        chart.setMinHeight(240);
        return chart;
    }
}
