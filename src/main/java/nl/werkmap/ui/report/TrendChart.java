package nl.werkmap.ui.report;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.ui.common.Messages;

/**
 * The line chart of the monthly trend: one line per figure column, months along the bottom. A month whose count
 * is hidden ("&lt;5") gets no point and the line breaks there (each unbroken stretch is its own series, styled
 * alike), with a note under the chart; it never draws a guessed value. The legend is drawn here, not by the chart,
 * so the broken stretches appear once.
 */
final class TrendChart {

    private static final int SERIES = 2;

    private TrendChart() {
    }

    /** The chart with its legend, or null when there is nothing to draw. */
    static VBox of(ReportTable table, Messages messages) {
        int series = Math.min(SERIES, table.headers().size() - 1);
        boolean any = false;
        boolean gaps = false;
        for (List<ReportCell> row : table.rows()) {
            for (int s = 1; s <= series; s++) {
                any |= row.get(s).numeric() && row.get(s).number() > 0;
                gaps |= row.get(s).hidden();
            }
        }
        if (!any || table.rows().size() < 2) {
            return null;
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                double d = n.doubleValue();
                return d == Math.rint(d) ? ReportCell.count(Math.round(d),
                        nl.werkmap.report.table.SmallCellPolicy.Mark.SHOWN).display() : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.getStyleClass().add("report-trend");
        chart.setTitle(table.title());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        List<String> months = new ArrayList<>();
        for (List<ReportCell> row : table.rows()) {
            months.add(row.get(0).display());
        }
        // Fixed, in calendar order: left to itself the axis takes the months in the order the series bring them,
        // and a line that starts late (a new team, or a gap) pushed its first months to the end.
        x.setCategories(javafx.collections.FXCollections.observableArrayList(months));
        x.setAutoRanging(false);
        for (int s = 1; s <= series; s++) {
            for (XYChart.Series<String, Number> stretch : stretches(table, s)) {
                chart.getData().add(stretch);
                style(stretch, s, table.headers().get(s), messages);
            }
        }
        chart.setAccessibleText(describe(table, series));
        chart.setPrefHeight(300);
        chart.setMinHeight(260);

        FlowPane legend = new FlowPane(16, 4);
        legend.getStyleClass().add("report-trend-legend");
        legend.setAlignment(Pos.CENTER);
        for (int s = 1; s <= series; s++) {
            Line swatch = new Line(0, 0, 22, 0);
            swatch.getStyleClass().addAll("report-trend-swatch", "report-trend-" + s);
            Label name = new Label(table.headers().get(s), swatch);
            legend.getChildren().add(name);
        }
        VBox box = new VBox(4, chart, legend);
        box.getStyleClass().add("report-trend-box");
        if (gaps) {
            Label note = new Label(messages.text("report.trend.gap"));
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            box.getChildren().add(note);
        }
        return box;
    }

    /** Unbroken runs of shown values in column {@code s}; a hidden or empty month ends a run. */
    static List<XYChart.Series<String, Number>> stretches(ReportTable table, int s) {
        List<XYChart.Series<String, Number>> out = new ArrayList<>();
        XYChart.Series<String, Number> run = null;
        for (List<ReportCell> row : table.rows()) {
            ReportCell v = row.get(s);
            if (!v.numeric()) {
                run = null;
                continue;
            }
            if (run == null) {
                run = new XYChart.Series<>();
                run.setName(table.headers().get(s));
                out.add(run);
            }
            run.getData().add(new XYChart.Data<>(row.get(0).display(), v.number()));
        }
        return out;
    }

    private static void style(XYChart.Series<String, Number> stretch, int s, String name, Messages messages) {
        // Inline styles, not style classes: the chart resets the classes of earlier series as later ones arrive.
        String colour = "-report-trend-" + s;
        Node path = stretch.getNode();
        if (path != null) {
            path.setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 2.5px;"
                    + (s > 1 ? " -fx-stroke-dash-array: 8 4;" : ""));
        }
        for (XYChart.Data<String, Number> d : stretch.getData()) {
            Node symbol = d.getNode();
            if (symbol != null) {
                symbol.setStyle("-fx-background-color: " + colour + (s > 1 ? ", white;" : ";"));
                Tooltip.install(symbol, new Tooltip(messages.format("report.trend.point", d.getXValue(), name,
                        ReportCell.count(d.getYValue().longValue()).display())));
            }
        }
    }

    /** For screen readers: the title and the last month's figures. */
    private static String describe(ReportTable table, int series) {
        List<ReportCell> last = table.rows().get(table.rows().size() - 1);
        StringBuilder b = new StringBuilder(table.title()).append(". ").append(last.get(0).display()).append(':');
        for (int s = 1; s <= series; s++) {
            b.append(' ').append(table.headers().get(s)).append(' ').append(last.get(s).display())
                    .append(s < series ? ',' : '.');
        }
        return b.toString();
    }
}
