package nl.werkmap.ui.candidate;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.ui.common.Messages;

/** The "Privacy" tab, built in code: the access log (team lead) and the candidate's zienswijzen. */
public final class PrivacyPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The objects the app logs, in words; an object logged by a newer version shows as stored. */
    private static final java.util.Map<String, String> OBJECTS = java.util.Map.of(
            "candidate.bsn", "avg.object.bsn", "zrm_measurement", "avg.object.zrm", "access_log", "avg.object.log",
            "export.uren", "avg.object.uren", "export.werklijst", "avg.object.werklijst",
            "inzage.json", "avg.object.inzageJson", "inzage.pdf", "avg.object.inzagePdf",
            "export.toegangslog", "avg.object.logExport");

    private final PrivacyViewModel vm;
    private final Messages messages;
    private final ScrollPane root;

    public PrivacyPane(PrivacyViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        VBox content = new VBox(10, header("avg.log.title"), explain("avg.log.explain"), logActions(), logTable(),
                header("avg.zienswijze.title"), explain("avg.zienswijze.explain"), statementTable(), statementForm(),
                message());
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("privacy");
        // Tests reach the view model here (a fixed file instead of the save dialog).
        root.setUserData(vm);
    }

    public Parent root() {
        return root;
    }

    private Label header(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("section-header");
        return l;
    }

    private Label explain(String key) {
        Label l = new Label(messages.text(key));
        l.setWrapText(true);
        return l;
    }

    private HBox logActions() {
        Button open = new Button(messages.text("avg.log.open"));
        open.setId("openAccessLog");
        open.setOnAction(e -> vm.openLog());
        Label count = new Label();
        count.setId("accessLogMessage");
        count.setWrapText(true);
        count.textProperty().bind(vm.logMessage);
        Button export = new Button(messages.text("avg.log.export"));
        export.setId("exportAccessLog");
        export.visibleProperty().bind(vm.logOpened);
        export.managedProperty().bind(vm.logOpened);
        export.disableProperty().bind(vm.exporting);
        export.setOnAction(e -> vm.exportLog(chooseCsv().get()));
        javafx.scene.control.ProgressIndicator progress = new javafx.scene.control.ProgressIndicator();
        progress.setId("accessLogProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.exporting);
        progress.managedProperty().bind(vm.exporting);
        // The buttons keep their words; the message beside them wraps instead.
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(10, open, export, progress, count);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(count, Priority.ALWAYS);
        return row;
    }

    private java.util.function.Supplier<java.io.File> chooseCsv() {
        if (vm.target != null) {
            return vm.target;
        }
        return () -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(messages.text("avg.log.exportTitle"));
            chooser.setInitialFileName(messages.text("avg.log.exportFile"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
            return chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        };
    }

    private TableView<AccessEntry> logTable() {
        TableView<AccessEntry> table = new TableView<>(vm.log);
        table.setId("accessLogTable");
        table.setPlaceholder(new Label(messages.text("avg.log.empty")));
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("avg.log.col.moment", vm::moment, 140));
        table.getColumns().add(column("avg.log.col.action", e -> messages.text(actionKey(e.action())), 170));
        table.getColumns().add(column("avg.log.col.object", e -> OBJECTS.containsKey(e.object())
                ? messages.text(OBJECTS.get(e.object())) : e.object(), 150));
        table.getColumns().add(column("avg.log.col.result", e -> messages.text(e.result() == nl.werkmap.domain.avg.AccessResult.GELUKT
                ? "avg.result.done" : "avg.result.refused"), 90));
        table.getColumns().add(wrapping(column("avg.log.col.actor", e -> e.actor() == null ? "" : e.actor(), 150)));
        table.getColumns().add(wrapping(column("avg.log.col.origin", AccessEntry::origin, 150)));
        table.getColumns().add(wrapping(column("avg.log.col.purpose", e -> e.purpose() == null ? "" : e.purpose(),
                260)));
        table.visibleProperty().bind(vm.logOpened);
        table.managedProperty().bind(vm.logOpened);
        return table;
    }

    private static String actionKey(nl.werkmap.domain.avg.AccessAction action) {
        return switch (action) {
            case BSN_INGEZIEN -> "avg.action.bsn";
            case GEZONDHEID_GEOPEND -> "avg.action.health";
            case EXPORT -> "avg.action.export";
            case PROFIEL_GEDEELD -> "avg.action.share";
            case INZAGE -> "avg.action.inzage";
            case TOEGANGSLOG_INGEZIEN -> "avg.action.log";
        };
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(messages.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A column whose long text (a reason, a name with its role) wraps over more lines of the row instead of being cut
     * off, and shows whole in a tooltip.
     */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> c) {
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.isEmpty()) {
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                    javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(item);
                    tip.setWrapText(true);
                    tip.setMaxWidth(480);
                    setTooltip(tip);
                }
            }
        });
        return c;
    }

    private TableView<Zienswijze> statementTable() {
        TableView<Zienswijze> table = new TableView<>(vm.statements);
        table.setId("zienswijzeTable");
        table.setPlaceholder(new Label(messages.text("avg.zienswijze.none")));
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("avg.zienswijze.col.date",
                z -> z.givenOn() == null ? "" : DAY.format(z.givenOn()), 100));
        table.getColumns().add(column("avg.zienswijze.col.record", vm::recordLabel, 220));
        table.getColumns().add(column("avg.zienswijze.col.text", Zienswijze::text, 520));
        vm.selected.bind(table.getSelectionModel().selectedItemProperty());
        return table;
    }

    private VBox statementForm() {
        ComboBox<PrivacyViewModel.RecordChoice> about = new ComboBox<>(vm.records);
        about.setId("zienswijzeRecord");
        about.setAccessibleText(messages.text("avg.zienswijze.record"));
        about.valueProperty().bindBidirectional(vm.record);
        about.setMaxWidth(Double.MAX_VALUE);
        DatePicker on = new DatePicker();
        on.setAccessibleText(messages.text("avg.zienswijze.date"));
        on.valueProperty().bindBidirectional(vm.givenOn);
        TextArea words = new TextArea();
        words.setId("zienswijzeText");
        words.setPromptText(messages.text("avg.zienswijze.prompt"));
        words.setAccessibleText(messages.text("avg.zienswijze.title"));
        words.setWrapText(true);
        words.setPrefRowCount(3);
        words.textProperty().bindBidirectional(vm.text);
        Button add = new Button(messages.text("avg.zienswijze.add"));
        add.setId("addZienswijze");
        add.setOnAction(e -> vm.addStatement());
        Button remove = new Button(messages.text("avg.zienswijze.delete"));
        remove.setId("deleteZienswijze");
        remove.disableProperty().bind(vm.selected.isNull());
        remove.setOnAction(e -> vm.deleteSelected());
        Label aboutLabel = new Label(messages.text("avg.zienswijze.record"));
        Label onLabel = new Label(messages.text("avg.zienswijze.date"));
        aboutLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        onLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        on.setMinWidth(140);
        HBox top = new HBox(8, aboutLabel, about, onLabel, on);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(about, Priority.ALWAYS);
        return new VBox(6, top, words, new HBox(8, add, remove));
    }

    private Label message() {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(vm.message);
        vm.failed.addListener((obs, was, now) -> {
            l.getStyleClass().remove("error-text");
            if (now) {
                l.getStyleClass().add("error-text");
            }
        });
        return l;
    }
}
