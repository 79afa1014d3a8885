package nl.werkmap.ui.candidate;

import java.util.List;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.LoonwaardeMethod;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.WerkmapRules;
import nl.werkmap.domain.validation.LoonwaardeValidator;
import nl.werkmap.domain.validation.PlacementValidator;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;
import nl.werkmap.ui.common.UnsavedDialog;
import nl.werkmap.ui.common.ValidationDecorator;

/**
 * Binds the placements tab: the list with banen, loonwaarde and warnings; the actions on the chosen placement
 * (Alt+W wijzigen, Alt+V verlengen, Alt+B beëindigen, Alt+D dienstverband, Alt+L loonwaarde; Alt+O or Enter saves,
 * Esc cancels); and the add-placement form.
 */
public final class PlacementsController {

    private final PlacementsViewModel vm;
    private final Messages messages;
    private final Dates dates;

    @FXML private TableView<PlacementFile> placements;
    @FXML private ComboBox<Employer> employer;
    @FXML private TextField newEmployerName;
    @FXML private ComboBox<EmployerSector> newEmployerSector;
    @FXML private TextField jobTitle;
    @FXML private ComboBox<PlacementType> type;
    @FXML private TextField hours;
    @FXML private DatePicker start;
    @FXML private DatePicker plannedEnd;
    @FXML private TextField buddyName;
    @FXML private TextField buddyPhone;
    @FXML private TextField buddyAvailability;
    @FXML private Button add;
    @FXML private Label message;
    @FXML private Label problemList;
    @FXML private VBox addSection;
    @FXML private VBox actionSection;
    @FXML private Label actionTitle;
    @FXML private Label actionUnsaved;
    @FXML private GridPane editPane;
    @FXML private GridPane extendPane;
    @FXML private GridPane endPane;
    @FXML private GridPane contractPane;
    @FXML private GridPane loonwaardePane;
    @FXML private TextField editJobTitle;
    @FXML private ComboBox<PlacementType> editPlacementType;
    @FXML private TextField editPlacementHours;
    @FXML private DatePicker editStart;
    @FXML private DatePicker editPlannedEnd;
    @FXML private DatePicker newPlannedEnd;
    @FXML private Label extendHint;
    @FXML private DatePicker endDate;
    @FXML private ComboBox<PlacementEndReason> endReason;
    @FXML private TextField endNote;
    @FXML private DatePicker contractStart;
    @FXML private DatePicker contractEnd;
    @FXML private TextField contractHours;
    @FXML private DatePicker measuredOn;
    @FXML private TextField percentage;
    @FXML private ComboBox<LoonwaardeMethod> method;
    @FXML private TextField assessor;
    @FXML private DatePicker nextMeasurement;
    @FXML private CheckBox lks;
    @FXML private TextField lksPerMonth;
    @FXML private TextField loonwaardeNote;
    @FXML private ListView<LoonwaardeMeasurement> history;
    @FXML private Label actionProblems;
    @FXML private Button saveAction;
    @FXML private Button editButton;
    @FXML private Button extendButton;
    @FXML private Button endButton;
    @FXML private Button contractButton;
    @FXML private Button loonwaardeButton;

    public PlacementsController(PlacementsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(placements, messages.text("placement.col.employer"), 155,
                f -> f.employer() == null ? "" : f.employer().name());
        Columns.text(placements, messages.text("placement.col.jobTitle"), 125, f -> f.placement().jobTitle());
        Columns.text(placements, messages.text("placement.col.type"), 115, f -> messages.enumText(f.placement().type()));
        Columns.text(placements, messages.text("placement.col.period"), 185, f -> dates.format(f.placement().start())
                + " – " + dates.format(f.placement().actualEnd() != null ? f.placement().actualEnd()
                : f.placement().plannedEnd()));
        Columns.text(placements, messages.text("placement.col.hours"), 68,
                f -> Text.decimal(f.placement().hoursPerWeek()));
        Columns.text(placements, messages.text("placement.col.banen"), 68, f -> vm.banen(f.placement()));
        Columns.text(placements, messages.text("placement.col.loonwaarde"), 108, f -> vm.loonwaarde(f.placement()));
        Columns.text(placements, messages.text("placement.col.buddy"), 105, vm::buddies);
        Columns.text(placements, messages.text("placement.col.warnings"), 220, f -> vm.warnings(f.placement()));
        placements.setItems(vm.placements);

        PlacementForm form = vm.form;
        employer.setItems(vm.employers);
        employer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Employer e) {
                return e == null ? "" : e.name();
            }

            @Override
            public Employer fromString(String text) {
                return null;
            }
        });
        employer.valueProperty().bindBidirectional(form.employer);
        newEmployerName.textProperty().bindBidirectional(form.newEmployerName);
        newEmployerName.disableProperty().bind(form.employer.isNotNull());
        newEmployerSector.setItems(FXCollections.observableArrayList(EmployerSector.values()));
        newEmployerSector.setConverter(EnumLabels.converter(messages, EmployerSector.class));
        newEmployerSector.valueProperty().bindBidirectional(form.newEmployerSector);
        newEmployerSector.disableProperty().bind(form.employer.isNotNull());
        jobTitle.textProperty().bindBidirectional(form.jobTitle);
        type.setItems(FXCollections.observableArrayList(PlacementType.values()));
        type.setConverter(EnumLabels.converter(messages, PlacementType.class));
        type.valueProperty().bindBidirectional(form.type);
        hours.textProperty().bindBidirectional(form.hours);
        start.valueProperty().bindBidirectional(form.start);
        plannedEnd.valueProperty().bindBidirectional(form.plannedEnd);
        buddyName.textProperty().bindBidirectional(form.buddyName);
        buddyPhone.textProperty().bindBidirectional(form.buddyPhone);
        buddyAvailability.textProperty().bindBidirectional(form.buddyAvailability);
        new ValidationDecorator(form.problems)
                .field(employer, PlacementForm.EMPLOYER)
                .field(newEmployerName, PlacementForm.EMPLOYER)
                .field(type, PlacementValidator.TYPE)
                .field(start, PlacementValidator.START)
                .field(plannedEnd, PlacementValidator.PLANNED_END)
                .field(hours, PlacementValidator.HOURS_PER_WEEK)
                .field(buddyName, PlacementForm.BUDDY_NAME)
                .field(buddyPhone, PlacementForm.BUDDY_PHONE)
                .summaryIn(problemList);
        MessageLine.bind(message, vm.message, vm.failed);
        bindActions();
    }

    private void bindActions() {
        PlacementActions a = vm.actions;
        var chosen = placements.getSelectionModel().selectedItemProperty();
        for (Button b : new Button[] {editButton, extendButton, endButton, contractButton, loonwaardeButton}) {
            b.disableProperty().bind(chosen.isNull());
        }
        GridPane[] panes = {editPane, extendPane, endPane, contractPane, loonwaardePane};
        PlacementActions.Mode[] modes = {PlacementActions.Mode.EDIT, PlacementActions.Mode.EXTEND,
                PlacementActions.Mode.END, PlacementActions.Mode.CONTRACT, PlacementActions.Mode.LOONWAARDE};
        Runnable showMode = () -> {
            PlacementActions.Mode mode = a.mode.get();
            boolean open = mode != PlacementActions.Mode.NONE;
            show(actionSection, open);
            show(addSection, !open);
            for (int i = 0; i < panes.length; i++) {
                show(panes[i], modes[i] == mode);
            }
            actionTitle.setText(open ? messages.format(titleKey(mode),
                    a.target.get() == null ? "" : employerOf(a.target.get().id())) : "");
            extendHint.setText(a.target.get() == null ? "" : extendHint(a.target.get()));
        };
        a.mode.addListener(obs -> showMode.run());
        showMode.run();
        actionUnsaved.visibleProperty().bind(vm.unsavedProperty());
        actionUnsaved.managedProperty().bind(actionUnsaved.visibleProperty());
        // Enter in a field of the open action saves it, as the add form's button does not.
        saveAction.defaultButtonProperty().bind(actionSection.visibleProperty());

        editPlacementType.setItems(FXCollections.observableArrayList(PlacementType.values()));
        editPlacementType.setConverter(EnumLabels.converter(messages, PlacementType.class));
        editJobTitle.textProperty().bindBidirectional(a.jobTitle);
        editPlacementType.valueProperty().bindBidirectional(a.type);
        editPlacementHours.textProperty().bindBidirectional(a.hours);
        editStart.valueProperty().bindBidirectional(a.start);
        editPlannedEnd.valueProperty().bindBidirectional(a.plannedEnd);
        newPlannedEnd.valueProperty().bindBidirectional(a.newPlannedEnd);
        endDate.valueProperty().bindBidirectional(a.endDate);
        endReason.setItems(FXCollections.observableArrayList(PlacementEndReason.values()));
        endReason.setConverter(EnumLabels.converter(messages, PlacementEndReason.class));
        endReason.valueProperty().bindBidirectional(a.endReason);
        endNote.textProperty().bindBidirectional(a.endNote);
        contractStart.valueProperty().bindBidirectional(a.contractStart);
        contractEnd.valueProperty().bindBidirectional(a.contractEnd);
        contractHours.textProperty().bindBidirectional(a.contractHours);
        measuredOn.valueProperty().bindBidirectional(a.measuredOn);
        percentage.textProperty().bindBidirectional(a.percentage);
        method.setItems(FXCollections.observableArrayList(LoonwaardeMethod.values()));
        method.setConverter(EnumLabels.converter(messages, LoonwaardeMethod.class));
        method.valueProperty().bindBidirectional(a.method);
        assessor.textProperty().bindBidirectional(a.assessor);
        nextMeasurement.valueProperty().bindBidirectional(a.nextMeasurement);
        lks.selectedProperty().bindBidirectional(a.loonkostensubsidie);
        lksPerMonth.textProperty().bindBidirectional(a.lksPerMonth);
        lksPerMonth.disableProperty().bind(a.loonkostensubsidie.not());
        loonwaardeNote.textProperty().bindBidirectional(a.loonwaardeNote);
        history.setItems(vm.measurements);
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LoonwaardeMeasurement m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : messages.format("loonwaarde.history.line",
                        dates.format(m.measuredOn()), m.loonwaardePct(), messages.enumText(m.method()),
                        dates.format(m.nextDue(WerkmapRules.LOONWAARDE_REMEASURE_MONTHS))));
            }
        });
        PlacementActions.Mode edit = PlacementActions.Mode.EDIT;
        PlacementActions.Mode contract = PlacementActions.Mode.CONTRACT;
        PlacementActions.Mode measure = PlacementActions.Mode.LOONWAARDE;
        new ValidationDecorator(a.problems)
                .field(editPlacementType, PlacementActions.field(edit, PlacementValidator.TYPE))
                .field(editPlacementHours, PlacementActions.field(edit, PlacementValidator.HOURS_PER_WEEK))
                .field(editStart, PlacementActions.field(edit, PlacementValidator.START))
                .field(editPlannedEnd, PlacementActions.field(edit, PlacementValidator.PLANNED_END))
                .field(newPlannedEnd, PlacementActions.field(PlacementActions.Mode.EXTEND,
                        PlacementValidator.PLANNED_END))
                .field(endDate, PlacementActions.field(PlacementActions.Mode.END, PlacementValidator.ACTUAL_END))
                .field(endReason, PlacementActions.field(PlacementActions.Mode.END, PlacementValidator.END_REASON))
                .field(contractStart, PlacementActions.field(contract, PlacementValidator.START))
                .field(contractEnd, PlacementActions.field(contract, PlacementValidator.PLANNED_END))
                .field(contractHours, PlacementActions.field(contract, PlacementActions.CONTRACT_HOURS))
                .field(measuredOn, PlacementActions.field(measure, LoonwaardeValidator.MEASURED_ON))
                .field(percentage, PlacementActions.field(measure, LoonwaardeValidator.PERCENTAGE))
                .field(method, PlacementActions.field(measure, LoonwaardeValidator.METHOD))
                .field(nextMeasurement, PlacementActions.field(measure, LoonwaardeValidator.NEXT))
                .field(lksPerMonth, PlacementActions.field(measure, LoonwaardeValidator.LKS_AMOUNT))
                .summaryIn(actionProblems);
    }

    private static String titleKey(PlacementActions.Mode mode) {
        return switch (mode) {
            case EDIT -> "placement.action.title.edit";
            case EXTEND -> "placement.action.title.extend";
            case END -> "placement.action.title.end";
            case CONTRACT -> "placement.action.title.contract";
            case LOONWAARDE, NONE -> "placement.action.title.loonwaarde";
        };
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private String employerOf(java.util.UUID placementId) {
        return vm.placements.stream().filter(f -> f.placement().id().equals(placementId)).findFirst()
                .map(f -> f.employer() == null ? "" : f.employer().name()).orElse("");
    }

    private String extendHint(Placement p) {
        return p.type() == PlacementType.PROEFPLAATSING && p.start() != null
                ? messages.format("placement.extend.maxHint", dates.format(ProefplaatsingCheck.maximumEnd(p.start())))
                : "";
    }

    /**
     * Typed input in the open action's form is not thrown away unasked: "Opslaan" saves it first (and goes on only
     * once saved), "Niet opslaan" closes the form, "Annuleren" stays. True when the coach may go on now.
     */
    private boolean mayLeaveAction(Runnable afterSave) {
        if (!vm.unsavedProperty().get()) {
            return true;
        }
        switch (UnsavedDialog.ask(messages, UnsavedDialog.windowOf(actionTitle), List.of(vm.formName()))) {
            case SAVE -> vm.saveNow(saved -> {
                if (saved) {
                    afterSave.run();
                }
            });
            case DISCARD -> {
                return true;
            }
            case CANCEL -> { }
        }
        return false;
    }

    /** Opens an action on the chosen placement and puts the cursor in its first field. */
    private void open(PlacementActions.Mode mode, Control first) {
        if (!mayLeaveAction(() -> open(mode, first))) {
            return;
        }
        vm.open(mode, placements.getSelectionModel().getSelectedItem());
        if (vm.actions.mode.get() == mode) {
            // After the button's own handling: a mnemonic leaves the focus on the button it fired.
            Platform.runLater(first::requestFocus);
        }
    }

    @FXML
    private void edit() {
        open(PlacementActions.Mode.EDIT, editJobTitle);
    }

    @FXML
    private void extend() {
        open(PlacementActions.Mode.EXTEND, newPlannedEnd);
    }

    @FXML
    private void end() {
        open(PlacementActions.Mode.END, endDate);
    }

    @FXML
    private void contract() {
        open(PlacementActions.Mode.CONTRACT, contractStart);
    }

    @FXML
    private void loonwaarde() {
        open(PlacementActions.Mode.LOONWAARDE, percentage);
    }

    @FXML
    private void saveAction() {
        vm.saveAction();
    }

    /** "Annuleren" or Esc: with typed input it asks first. */
    @FXML
    private void cancelAction() {
        if (!mayLeaveAction(() -> placements.requestFocus())) {
            return;
        }
        vm.cancelAction();
        placements.requestFocus();
    }

    @FXML
    private void add() {
        vm.add();
    }
}
