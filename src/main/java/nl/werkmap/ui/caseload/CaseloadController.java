package nl.werkmap.ui.caseload;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.sync.candidate.CandidateSyncState;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.ValueOrder;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.CoachNames;
import nl.werkmap.ui.common.Messages;

/** Binds the caseload table and its search and filters to {@link CaseloadViewModel}. */
public final class CaseloadController {

    private final CaseloadViewModel vm;
    private final Messages messages;

    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private ComboBox<CandidateStatus> statusFilter;
    @FXML private ComboBox<Coach> coachFilter;
    @FXML private ComboBox<RegisterStatus> registerFilter;
    @FXML private ComboBox<String> sectorFilter;
    @FXML private CheckBox allCandidates;
    @FXML private CheckBox onlyWarnings;
    @FXML private CheckBox onlyUnsent;
    @FXML private Button clearFilters;
    @FXML private TableView<CaseloadRow> table;
    @FXML private TableColumn<CaseloadRow, String> nameColumn;
    @FXML private TableColumn<CaseloadRow, CandidateStatus> statusColumn;
    @FXML private TableColumn<CaseloadRow, String> coachColumn;
    @FXML private TableColumn<CaseloadRow, RegisterStatus> registerColumn;
    @FXML private TableColumn<CaseloadRow, String> sectorColumn;
    @FXML private TableColumn<CaseloadRow, LocalDate> contactColumn;
    @FXML private TableColumn<CaseloadRow, Integer> completenessColumn;
    @FXML private TableColumn<CaseloadRow, List<String>> warningsColumn;
    @FXML private TableColumn<CaseloadRow, CandidateSyncState> syncColumn;
    @FXML private Label emptyText;

    public CaseloadController(CaseloadViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.query);
        statusFilter.setItems(FXCollections.observableArrayList(CandidateStatus.values()));
        statusFilter.setConverter(EnumLabels.converter(messages, CandidateStatus.class));
        statusFilter.valueProperty().bindBidirectional(vm.status);
        registerFilter.setItems(FXCollections.observableArrayList(RegisterStatus.values()));
        registerFilter.setConverter(EnumLabels.converter(messages, RegisterStatus.class));
        registerFilter.valueProperty().bindBidirectional(vm.registerStatus);
        coachFilter.setItems(vm.coaches);
        coachFilter.setConverter(new CoachNames());
        coachFilter.valueProperty().bindBidirectional(vm.coach);
        sectorFilter.setItems(vm.sectors);
        sectorFilter.valueProperty().bindBidirectional(vm.sector);
        onlyWarnings.selectedProperty().bindBidirectional(vm.onlyWarnings);
        allCandidates.selectedProperty().bindBidirectional(vm.allCandidates);
        allCandidates.visibleProperty().bind(vm.coachKnown);
        allCandidates.managedProperty().bind(vm.coachKnown);
        onlyUnsent.selectedProperty().bindBidirectional(vm.onlyUnsent);
        // Not linked to the municipality: no sync column and no sync filter at all.
        onlyUnsent.visibleProperty().bind(vm.marks.map(m -> m.linked()));
        onlyUnsent.managedProperty().bind(onlyUnsent.visibleProperty());
        syncColumn.visibleProperty().bind(vm.marks.map(m -> m.linked()));
        vm.marks.addListener((obs, old, now) -> {
            // Sorted on the sync column, new marks may move rows; no other column's order reads the marks, and
            // sorting 150,000 rows again at every save on a linked laptop is what a save must not wait for.
            if (table.getSortOrder().contains(syncColumn)) {
                vm.rows.resort();
            }
            table.refresh();
        });
        summary.textProperty().bind(vm.summary);
        vm.loadError.addListener((obs, old, now) -> emptyText.setText(
                now.isEmpty() ? messages.text("caseload.empty") : now));
        columns();
        Columns.fitToWidth(table);
        // The shown rows sort themselves (the whole caseload once per sort, not each result again).
        vm.rows.showIn(table);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        // From the search field: Enter opens the only or first hit, Down goes into the list.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !table.getItems().isEmpty()) {
                CaseloadRow selected = table.getSelectionModel().getSelectedItem();
                vm.open(selected != null ? selected : table.getItems().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
                e.consume();
            }
        });
    }

    private void columns() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        // The second cue (birth year or school) beside the name, muted, so two Fatimas are told apart at a glance.
        nameColumn.setCellFactory(col -> new NameCell());
        nameColumn.setComparator(ValueOrder.INSTANCE);
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(col -> new TextCell<>(messages::enumText));
        coachColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().coachName() == null ? "" : c.getValue().coachName()));
        registerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().registerStatus()));
        registerColumn.setCellFactory(col -> new TextCell<>(messages::enumText));
        sectorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.join(", ", c.getValue().sectors())));
        contactColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastContact()));
        contactColumn.setCellFactory(col -> new TextCell<>(vm::lastContactText, true));
        contactColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        completenessColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().completeness()));
        completenessColumn.setCellFactory(col -> new CompletenessCell(messages));
        warningsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().warningKeys()));
        warningsColumn.setCellFactory(col -> new WarningsCell(messages));
        warningsColumn.setComparator(Comparator.comparingInt(List::size));
        syncColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.syncState(c.getValue())));
        syncColumn.setCellFactory(col -> new SyncMarkCell(messages));
        // Sorting on the column puts what needs the coach first: conflicts, then what waits to go out.
        syncColumn.setComparator(Comparator.comparingInt(CaseloadController::urgency));
    }

    private static int urgency(CandidateSyncState state) {
        return switch (state) {
            case CONFLICT -> 0;
            case PENDING -> 1;
            default -> 2;
        };
    }

    /** Ctrl+F: cursor in the search field, text selected so typing replaces it. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void clearFilters() {
        vm.clearFilters();
    }
}
