package nl.werkmap.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

import nl.werkmap.report.export.ReportFormat;
import nl.werkmap.report.export.TrendTable;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.MessageTone;
import nl.werkmap.ui.common.Messages;

/**
 * Binds the Rapportage screen: pickers, a progress indicator that appears only for work over half a second, key
 * figures with the monthly trend (line chart) and bar charts, every protected table, the named werklijst (screen only) and the export buttons.
 */
public final class ReportController {

    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");

    private final ReportViewModel vm;
    private final Messages messages;
    private final Dates dates;

    @FXML private ComboBox<String> period;
    @FXML private ComboBox<ReportSource.ScopeChoice> scope;
    @FXML private Button compute;
    @FXML private ProgressIndicator progress;
    @FXML private Label heading;
    @FXML private Label message;
    @FXML private FlowPane charts;
    @FXML private VBox tables;
    @FXML private TableView<ReportViewModel.WorkRow> worklist;
    @FXML private Label workNote;
    @FXML private Button exportXlsx;
    @FXML private Button exportCsv;
    @FXML private Button exportPdf;
    @FXML private Button exportWorklist;

    public ReportController(ReportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        period.getItems().setAll(ReportViewModel.periodSuggestions(vm.today()));
        period.valueProperty().bindBidirectional(vm.period);
        // The list says each period in words; the field keeps the short code the coach can also type.
        period.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : vm.suggestionText(code));
            }
        });
        scope.setItems(vm.scopes);
        scope.valueProperty().bindBidirectional(vm.scope);
        heading.textProperty().bind(vm.heading);
        message.textProperty().bind(vm.message);
        MessageTone.of(vm.failed.get()).applyTo(message);
        vm.failed.addListener((o, was, now) -> MessageTone.of(now).applyTo(message));
        message.managedProperty().bind(vm.message.isNotEmpty());
        progress.setVisible(false);
        PauseTransition delay = new PauseTransition(Duration.millis(500));
        delay.setOnFinished(e -> progress.setVisible(vm.busy().get()));
        vm.busy().addListener((obs, was, busy) -> {
            if (busy) {
                delay.playFromStart();
            } else {
                delay.stop();
                progress.setVisible(false);
            }
        });
        compute.disableProperty().bind(vm.busy());
        var nothing = vm.summary.isNull().or(vm.busy());
        exportXlsx.disableProperty().bind(nothing);
        exportCsv.disableProperty().bind(nothing);
        exportPdf.disableProperty().bind(nothing);
        exportWorklist.disableProperty().bind(nothing);
        Columns.text(worklist, messages.text("report.worklist.what"), 200, ReportViewModel.WorkRow::what);
        Columns.text(worklist, messages.text("report.worklist.due"), 110,
                r -> dates.format(r.due()));
        Columns.text(worklist, messages.text("report.worklist.late"), 150, vm::when);
        Columns.text(worklist, messages.text("report.worklist.candidate"), 200, ReportViewModel.WorkRow::candidate);
        Columns.text(worklist, messages.text("report.worklist.coach"), 180, ReportViewModel.WorkRow::coach);
        worklist.setItems(vm.work);
        // Overdue lines stand out without relying on colour alone: the Wanneer column says "achterstallig" too.
        worklist.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ReportViewModel.WorkRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OVERDUE, !empty && row != null && row.overdue());
            }
        });
        workNote.textProperty().bind(vm.workNote);
        workNote.managedProperty().bind(vm.workNote.isNotEmpty());
        workNote.visibleProperty().bind(vm.workNote.isNotEmpty());
        vm.tables.addListener((javafx.collections.ListChangeListener<ReportTable>) c -> show(List.copyOf(vm.tables)));
        vm.loadScopes();
    }

    private void show(List<ReportTable> list) {
        charts.getChildren().clear();
        tables.getChildren().clear();
        var inner = javafx.beans.binding.Bindings.createDoubleBinding(() -> charts.getWidth()
                - charts.getInsets().getLeft() - charts.getInsets().getRight() - 1,
                charts.widthProperty(), charts.insetsProperty());
        for (ReportTable t : list) {
            tables.getChildren().add(ReportTables.block(t, messages));
            if (TrendTable.isTrend(t)) {
                // The trend leads the overview, full width: it is the one picture of where the team is heading.
                VBox trend = TrendChart.of(t, messages);
                if (trend != null) {
                    trend.prefWidthProperty().bind(inner);
                    charts.getChildren().add(0, trend);
                }
            } else if (List.of("caseload", "banen", "ladder", "contact").contains(t.id())) {
                BarChart<String, Number> chart = ReportTables.chart(t);
                if (chart != null) {
                    // Many coaches need the full width to keep their bars readable; others go two abreast.
                    chart.prefWidthProperty().bind(t.rows().size() > 8 ? inner
                            : inner.subtract(charts.getHgap()).divide(2));
                    charts.getChildren().add(chart);
                }
            }
        }
        if (charts.getChildren().isEmpty()) {
            // Nothing to draw (a new or empty caseload, or a quiet period): say so instead of a blank page.
            Label none = new Label(messages.text("report.overview.noData"));
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            charts.getChildren().add(none);
        }
    }

    @FXML
    private void compute() {
        vm.compute();
    }

    @FXML
    private void exportXlsx() {
        save(ReportFormat.XLSX);
    }

    @FXML
    private void exportCsv() {
        save(ReportFormat.CSV);
    }

    @FXML
    private void exportPdf() {
        save(ReportFormat.PDF);
    }

    private void save(ReportFormat format) {
        File file = chooser(messages.text("report.export.title"), "teamoverzicht." + format.extension())
                .showSaveDialog(period.getScene().getWindow());
        if (file != null) {
            vm.export(format, file.toPath());
        }
    }

    @FXML
    private void exportWorklist() {
        File file = chooser(messages.text("report.worklist.exportTitle"), "werklijst.csv")
                .showSaveDialog(period.getScene().getWindow());
        if (file != null) {
            vm.exportWorklist(Path.of(file.getPath()));
        }
    }

    private static FileChooser chooser(String title, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        return chooser;
    }
}
