package nl.werkmap.ui.candidate;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.rules.JobcoachHours;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;

/**
 * The "Verantwoording" tab, built in code: pick the placement, read its toekenningen with maximum, used and left,
 * follow the chosen one week by week (a bar per week against the grant), and record a new toekenning.
 */
public final class VerantwoordingPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final VerantwoordingViewModel vm;
    private final Messages messages;
    private final ScrollPane root;

    public VerantwoordingPane(VerantwoordingViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        VBox content = new VBox(10, placementRow(), summary(), grantTable(), header("verantwoording.burnDown"),
                burnDownTable(), header("verantwoording.new"), form(), actions(),
                new VerantwoordingDocumentsSection(vm, messages).root());
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("verantwoording");
    }

    public Parent root() {
        return root;
    }

    private Label header(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("section-header");
        return l;
    }

    private HBox placementRow() {
        ComboBox<PlacementFile> combo = new ComboBox<>(vm.placements);
        combo.setId("grantPlacement");
        combo.setAccessibleText(messages.text("verantwoording.placement"));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlacementFile p) {
                if (p == null) {
                    return "";
                }
                String employer = p.employer() == null ? "" : p.employer().name();
                String start = p.placement().start() == null ? "" : " (" + DAY.format(p.placement().start()) + ")";
                return employer + " – " + messages.enumText(p.placement().type()) + start;
            }

            @Override
            public PlacementFile fromString(String text) {
                return null;
            }
        });
        combo.valueProperty().bindBidirectional(vm.placement);
        Label label = new Label(messages.text("verantwoording.placement"));
        label.setLabelFor(combo);
        label.getStyleClass().add("form-label");
        HBox row = new HBox(8, label, combo);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Label summary() {
        Label l = new Label();
        l.setId("grantSummary");
        l.getStyleClass().add("section-header");
        l.textProperty().bind(vm.summary);
        return l;
    }

    private <S, T> TableColumn<S, T> column(String key, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(messages.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private TableView<VerantwoordingViewModel.GrantRow> grantTable() {
        TableView<VerantwoordingViewModel.GrantRow> table = new TableView<>(vm.grants);
        table.setId("grants");
        table.setPrefHeight(100);
        table.setPlaceholder(new Label(messages.text("verantwoording.noGrant")));
        table.getColumns().add(column("verantwoording.col.period", r -> r.grant().period().toString(), 90));
        table.getColumns().add(column("verantwoording.col.financier", r -> financier(r), 150));
        table.getColumns().add(column("verantwoording.col.basis", r -> r.grant().regime() != null
                ? messages.enumText(r.grant().regime()) + " · " + messages.format("verantwoording.year",
                r.grant().employmentYear())
                : messages.text("verantwoording.stated"), 170));
        table.getColumns().add(column("verantwoording.col.contract",
                r -> Text.decimal(r.grant().contractHoursPerWeek()), 115));
        table.getColumns().add(column("verantwoording.col.max", r -> Text.decimal(r.max()), 90));
        table.getColumns().add(column("verantwoording.col.used", r -> Text.decimal(r.used()), 90));
        table.getColumns().add(column("verantwoording.col.left", r -> Text.decimal(r.left()), 90));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.chosen.set(now);
            }
        });
        return table;
    }

    private String financier(VerantwoordingViewModel.GrantRow r) {
        String who = r.grant().financier() == null ? "" : messages.enumText(r.grant().financier());
        String code = r.grant().gemeenteCode() == null ? "" : " " + r.grant().gemeenteCode();
        String trial = r.grant().proefplaatsing() ? " · " + messages.text("verantwoording.trial") : "";
        return who + code + trial;
    }

    private void scrollToThisWeek(TableView<JobcoachHours.BurnDownWeek> table) {
        java.time.LocalDate today = vm.today();
        for (int i = 0; i < vm.burnDown.size(); i++) {
            if (!vm.burnDown.get(i).monday().plusWeeks(1).isBefore(today)) {
                table.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
    }

    private TableView<JobcoachHours.BurnDownWeek> burnDownTable() {
        TableView<JobcoachHours.BurnDownWeek> table = new TableView<>(vm.burnDown);
        table.setId("burnDown");
        table.setPrefHeight(190);
        // Open at this week: the weeks behind it are history, the ones ahead are what is left to plan. The pane is
        // built when its tab is first shown, so the weeks may be there already.
        vm.burnDown.addListener((javafx.collections.ListChangeListener<JobcoachHours.BurnDownWeek>) change ->
                scrollToThisWeek(table));
        scrollToThisWeek(table);
        table.setPlaceholder(new Label(messages.text("verantwoording.noGrant")));
        table.getColumns().add(column("verantwoording.col.week", w -> DAY.format(w.monday()), 100));
        table.getColumns().add(column("verantwoording.col.thisWeek", w -> Text.decimal(w.usedThisWeek()), 100));
        table.getColumns().add(column("verantwoording.col.soFar", w -> Text.decimal(w.usedSoFar()), 90));
        table.getColumns().add(column("verantwoording.col.left", w -> Text.decimal(w.left()), 90));
        TableColumn<JobcoachHours.BurnDownWeek, JobcoachHours.BurnDownWeek> bar =
                column("verantwoording.col.bar", w -> w, 320);
        bar.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar progress = new ProgressBar();

            @Override
            protected void updateItem(JobcoachHours.BurnDownWeek week, boolean empty) {
                super.updateItem(week, empty);
                if (empty || week == null || vm.chosen.get() == null) {
                    setGraphic(null);
                    return;
                }
                double max = vm.chosen.get().max();
                progress.setProgress(max <= 0 ? 1 : Math.min(1, week.usedSoFar() / max));
                progress.setPrefWidth(300);
                progress.getStyleClass().removeAll("grant-bar", "grant-bar-over");
                progress.getStyleClass().add(week.left() < 0 ? "grant-bar-over" : "grant-bar");
                setGraphic(progress);
            }
        });
        table.getColumns().add(bar);
        return table;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ComboBox<JobcoachType> financier = new ComboBox<>(FXCollections.observableArrayList(JobcoachType.values()));
        financier.setConverter(EnumLabels.converter(messages, JobcoachType.class));
        financier.valueProperty().bindBidirectional(vm.financier);
        TextField gemeente = text(vm.gemeenteCode, "grantGemeente");
        gemeente.setPromptText("GM0363");
        gemeente.disableProperty().bind(vm.financier.isNotEqualTo(JobcoachType.GEMEENTE));
        TextField kenmerk = text(vm.kenmerk, "grantKenmerk");
        TextField period = text(vm.period, "grantPeriod");
        period.setPromptText("2026-H1");
        DatePicker decided = new DatePicker();
        decided.valueProperty().bindBidirectional(vm.decidedOn);
        ComboBox<JobcoachRegime> regime = new ComboBox<>(FXCollections.observableArrayList(JobcoachRegime.values()));
        regime.setId("grantRegime");
        regime.setConverter(EnumLabels.converter(messages, JobcoachRegime.class));
        regime.valueProperty().bindBidirectional(vm.regime);
        TextField hours = text(vm.grantedHours, "grantHours");
        hours.setPromptText(messages.text("verantwoording.field.hours.prompt"));
        regime.disableProperty().bind(vm.grantedHours.isNotEmpty());
        TextField contract = text(vm.contractHours, "grantContractHours");
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3));
        year.setId("grantYear");
        year.valueProperty().bindBidirectional(vm.employmentYear);
        CheckBox trial = new CheckBox(messages.text("verantwoording.trial"));
        trial.selectedProperty().bindBidirectional(vm.proefplaatsing);
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(vm.coveredFrom);
        DatePicker until = new DatePicker();
        until.valueProperty().bindBidirectional(vm.coveredUntil);
        add(grid, 0, 0, "verantwoording.field.financier", financier);
        add(grid, 2, 0, "verantwoording.field.gemeente", gemeente);
        add(grid, 4, 0, "verantwoording.field.kenmerk", kenmerk);
        add(grid, 0, 1, "verantwoording.field.period", period);
        add(grid, 2, 1, "verantwoording.field.decidedOn", decided);
        add(grid, 4, 1, "verantwoording.field.regime", regime);
        add(grid, 0, 2, "verantwoording.field.hours", hours);
        add(grid, 2, 2, "verantwoording.field.contract", contract);
        add(grid, 4, 2, "verantwoording.field.year", year);
        grid.add(trial, 1, 3);
        add(grid, 2, 3, "verantwoording.field.from", from);
        add(grid, 4, 3, "verantwoording.field.until", until);
        return grid;
    }

    private static TextField text(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private void add(GridPane grid, int column, int row, String key, javafx.scene.control.Control field) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("form-label");
        label.setLabelFor(field);
        field.setAccessibleText(messages.text(key));
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, column, row);
        grid.add(field, column + 1, row);
    }

    private HBox actions() {
        Button save = new Button(messages.text("verantwoording.save"));
        save.setId("saveGrant");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveGrant());
        Label message = new Label();
        message.setId("grantMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, old, now) -> message.getStyleClass().setAll(now ? "error-text" : "label"));
        HBox row = new HBox(12, save, message);
        row.getStyleClass().add("toolbar-row");
        return row;
    }
}
