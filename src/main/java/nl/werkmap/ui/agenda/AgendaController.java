package nl.werkmap.ui.agenda;

import java.io.File;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;

/**
 * Binds the day and week lists and the "Afspraak plannen" form. Keys: Ctrl+P plans an appointment; in the form,
 * Down goes from the name to the hits and Enter takes one, Ctrl+Enter saves, Esc closes; in the lists, Enter or a
 * click opens the candidate.
 */
public final class AgendaController {

    static final KeyCombination PLAN = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final AgendaViewModel vm;
    private final AppointmentViewModel form;
    private final Messages messages;
    private final Supplier<File> chooseIcsFile;

    @FXML private VBox page;
    @FXML private CheckBox allCandidates;
    @FXML private Button planButton;
    @FXML private Label message;
    @FXML private VBox planForm;
    @FXML private TextField apCandidate;
    @FXML private ListView<CaseloadRow> apHits;
    @FXML private Label apChosen;
    @FXML private TextField apDate;
    @FXML private TextField apTime;
    @FXML private TextField apMinutes;
    @FXML private ComboBox<SessionType> apType;
    @FXML private ComboBox<SessionLocation> apLocation;
    @FXML private TextField apPlace;
    @FXML private Label apError;
    @FXML private Label todayTitle;
    @FXML private Label more;
    @FXML private Label weekTitle;
    @FXML private TableView<WeekAgenda.Line> todayTable;
    @FXML private TableView<WeekAgenda.Line> weekTable;
    @FXML private Hyperlink olderLink;
    @FXML private javafx.scene.layout.HBox undoBar;
    @FXML private Label undoText;
    @FXML private ComboBox<MissedReason> missedReason;

    /** @param chooseIcsFile asks where to save the calendar file; null when the coach cancels */
    public AgendaController(AgendaViewModel vm, Messages messages, Supplier<File> chooseIcsFile) {
        this.vm = vm;
        this.messages = messages;
        this.form = new AppointmentViewModel(messages, vmBackground(vm), vmStore(vm), vm);
        this.chooseIcsFile = chooseIcsFile;
    }

    private static nl.werkmap.ui.common.Background vmBackground(AgendaViewModel vm) {
        return vm.background();
    }

    private static java.util.function.Supplier<nl.werkmap.store.CaseloadStore> vmStore(AgendaViewModel vm) {
        return vm.store();
    }

    /** A file chooser on the page's window, for the app; tests pass their own supplier. */
    public static Supplier<File> fileChooser(Messages messages, Supplier<javafx.stage.Window> owner) {
        return () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.text("agenda.ics"));
            chooser.setInitialFileName("werkmap-agenda.ics");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
            return chooser.showSaveDialog(owner.get());
        };
    }

    /** "Groepssessie vastleggen" beside "Afspraak plannen" (issue 14): one session with several candidates. */
    private void addGroupSessionButton() {
        javafx.scene.control.Button group = new javafx.scene.control.Button(messages.text("group.open"));
        group.setId("groupSessionButton");
        group.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        group.setTooltip(new javafx.scene.control.Tooltip(messages.text("group.open.tooltip")));
        group.setAccessibleHelp(messages.text("group.open.tooltip"));
        group.setOnAction(e -> {
            nl.werkmap.ui.session.GroupSessionViewModel groupVm = new nl.werkmap.ui.session.GroupSessionViewModel(
                    messages, vm.background(), vm.store(), vm.navigator(), vm.clock());
            groupVm.loggedBy(vm.who()::id);
            groupVm.caseloadFrom(vm::knownCaseload);
            new nl.werkmap.ui.session.GroupSessionWindow(groupVm, messages, page.getScene().getWindow()).show();
        });
        var bar = (javafx.scene.layout.Pane) planButton.getParent();
        bar.getChildren().add(bar.getChildren().indexOf(planButton) + 1, group);
    }

    @FXML
    private void initialize() {
        // A team lead approves a coach's week here (issue 14); hidden for everyone else.
        page.getChildren().add(1, new WeekApprovalPane(new WeekApprovalViewModel(messages, vm.background(),
                vm.store(), vm.who(), vm.clock()), messages).root());
        addGroupSessionButton();
        columns(todayTable);
        columns(weekTable);
        todayTable.setItems(vm.today);
        weekTable.setItems(vm.week);
        todayTitle.textProperty().bind(vm.todayTitle);
        weekTitle.textProperty().bind(vm.weekTitle);
        message.textProperty().bind(vm.message);
        more.textProperty().bind(vm.more);
        more.visibleProperty().bind(vm.more.isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        vm.tone.get().applyTo(message);
        vm.tone.addListener((obs, old, tone) -> tone.applyTo(message));
        olderLink.textProperty().bind(vm.older);
        olderLink.visibleProperty().bind(vm.older.isNotEmpty());
        olderLink.managedProperty().bind(olderLink.visibleProperty());
        olderLink.disableProperty().bind(vm.olderCounting);
        undoText.textProperty().bind(vm.undoText);
        undoBar.visibleProperty().bind(vm.undoText.isNotEmpty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        missedReason.setItems(FXCollections.observableArrayList(MissedReason.values()));
        missedReason.setConverter(EnumLabels.converter(messages, MissedReason.class));
        // A ComboBox shows no prompt again once a value was chosen and cleared: the button cell says it instead.
        missedReason.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(MissedReason reason, boolean empty) {
                super.updateItem(reason, empty);
                boolean none = empty || reason == null;
                setText(none ? missedReason.getPromptText() : missedReason.getConverter().toString(reason));
                getStyleClass().remove("muted");
                if (none) {
                    getStyleClass().add("muted");
                }
            }
        });
        message.visibleProperty().bind(vm.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        allCandidates.selectedProperty().bindBidirectional(vm.allCandidates);
        // Without a known coach there is no "mine": the lists show everyone and the toggle has nothing to do.
        allCandidates.disableProperty().bind(vm.who().coach.isNull());
        opensOnEnterOrClick(todayTable);
        opensOnEnterOrClick(weekTable);
        // Ctrl+P works wherever the focus is while the agenda is on screen (after Ctrl+2 it may be nowhere yet).
        page.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(PLAN, () -> {
                    if (page.getScene() != null) {
                        plan();
                    }
                });
            }
        });
        page.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (planForm.isVisible() && SAVE.match(e)) {
                form.save();
                e.consume();
            } else if (planForm.isVisible() && e.getCode() == KeyCode.ESCAPE) {
                form.cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isShiftDown() && undoBar.isVisible()
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                // Outside a text field only: a text field undoes its own typing first.
                vm.undo();
                e.consume();
            }
        });
        formBindings();
    }

    private void columns(TableView<WeekAgenda.Line> table) {
        Columns.sorted(table, messages.text("agenda.col.when"), 120, AgendaViewModel::moment, vm::when);
        Columns.sorted(table, messages.text("agenda.col.late"), 80, l -> AgendaViewModel.daysLate(l, vm.shownDay()),
                vm::daysLate);
        Columns.text(table, messages.text("agenda.col.candidate"), 220, l -> l.cue().isEmpty() ? l.name()
                : l.name() + " (" + l.cue() + ")");
        Columns.text(table, messages.text("agenda.col.what"), 260, vm::what);
        Columns.text(table, messages.text("agenda.col.where"), 300, vm::where);
    }

    private void opensOnEnterOrClick(TableView<WeekAgenda.Line> table) {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && table.getSelectionModel().getSelectedItem() != null
                    && e.getTarget() instanceof javafx.scene.Node n && rowOf(n) != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** The table row under a click, so a click on a header (to sort) does not open anyone. */
    private static javafx.scene.control.TableRow<?> rowOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableRow<?> row) {
                return row.isEmpty() ? null : row;
            }
        }
        return null;
    }

    private void formBindings() {
        planForm.visibleProperty().bind(form.shown);
        planForm.managedProperty().bind(form.shown);
        apCandidate.textProperty().bindBidirectional(form.query);
        apHits.setItems(form.hits);
        apHits.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CaseloadRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.nameWithCue());
            }
        });
        apChosen.textProperty().bind(form.candidate.map(r -> messages.format("agenda.plan.chosen", r.nameWithCue()))
                .orElse(messages.text("agenda.plan.noneChosen")));
        apDate.textProperty().bindBidirectional(form.day);
        apTime.textProperty().bindBidirectional(form.time);
        apMinutes.textProperty().bindBidirectional(form.minutes);
        apType.setItems(FXCollections.observableArrayList(SessionType.values()));
        apType.setConverter(EnumLabels.converter(messages, SessionType.class));
        apType.valueProperty().bindBidirectional(form.type);
        apLocation.setItems(FXCollections.observableArrayList(SessionLocation.values()));
        apLocation.setConverter(EnumLabels.converter(messages, SessionLocation.class));
        apLocation.valueProperty().bindBidirectional(form.location);
        apPlace.textProperty().bindBidirectional(form.place);
        apError.textProperty().bind(form.error);
        apCandidate.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !apHits.getItems().isEmpty()) {
                apHits.requestFocus();
                apHits.getSelectionModel().select(0);
                apHits.getFocusModel().focus(0);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && apHits.getItems().size() == 1) {
                take(apHits.getItems().get(0));
                e.consume();
            }
        });
        apHits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                take(apHits.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        apHits.setOnMouseClicked(e -> take(apHits.getSelectionModel().getSelectedItem()));
    }

    private void take(CaseloadRow row) {
        if (row != null) {
            form.pick(row);
            apDate.requestFocus();
            apDate.selectAll();
        }
    }

    /** Ctrl+P or the button: the form opens with the cursor in the name field. */
    @FXML
    void plan() {
        form.open();
        apCandidate.requestFocus();
    }

    @FXML
    private void saveAppointment() {
        form.save();
    }

    @FXML
    private void cancelAppointment() {
        form.cancel();
        planButton.requestFocus();
    }

    @FXML
    private void exportCalendar() {
        File file = chooseIcsFile.get();
        if (file != null) {
            vm.exportCalendar(file.toPath());
        }
    }

    @FXML
    private void markDone() {
        vm.markDone(selected());
    }

    /** "Niet doorgegaan": the selected appointment did not take place, with the reason chosen beside it (if any). */
    @FXML
    private void markMissed() {
        vm.markAppointment(selected(), AppointmentState.NIET_DOORGEGAAN, missedReason.getValue());
        missedReason.setValue(null);
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    @FXML
    private void toggleOlder() {
        vm.toggleOlder();
    }

    /** The line chosen in "Vandaag", else in "Deze week". */
    private WeekAgenda.Line selected() {
        WeekAgenda.Line line = todayTable.getSelectionModel().getSelectedItem();
        return line != null ? line : weekTable.getSelectionModel().getSelectedItem();
    }
}
