package nl.werkmap.ui.candidate;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.collections.FXCollections;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.domain.Uitstroomprofiel;
import nl.werkmap.domain.validation.CandidateValidator;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.CoachNames;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.ValidationDecorator;

/** Binds the profile form to {@link CandidateFormViewModel}; problems show in place through ControlsFX. */
public final class CandidateFormController {

    private final CandidateFormViewModel vm;
    private final Messages messages;

    @FXML private BorderPane form;
    @FXML private TextField fullName;
    @FXML private TextField preferredName;
    @FXML private TextField bsn;
    @FXML private PasswordField bsnMasked;
    @FXML private ToggleButton showBsn;
    @FXML private javafx.scene.layout.VBox bsnReasonBox;
    @FXML private ComboBox<String> bsnReason;
    @FXML private Button bsnReasonConfirm;
    @FXML private Button bsnReasonCancel;
    @FXML private Label bsnReasonMessage;
    @FXML private DatePicker birthDate;
    @FXML private TextField phone;
    @FXML private TextField email;
    @FXML private TextField street;
    @FXML private TextField postcode;
    @FXML private TextField city;
    @FXML private TextField municipality;
    @FXML private ComboBox<CandidateStatus> status;
    @FXML private TextField statusReason;
    @FXML private ComboBox<OutflowDestination> outflowDestination;
    @FXML private ComboBox<Coach> coach;
    @FXML private DatePicker registeredOn;
    @FXML private ComboBox<RegisterStatus> registerStatus;
    @FXML private ComboBox<Grondslag> grondslag;
    @FXML private DatePicker registerStart;
    @FXML private DatePicker registerEnd;
    @FXML private TextArea talents;
    @FXML private TextArea wishes;
    @FXML private TextArea supportNeeds;
    @FXML private TextField sectors;
    @FXML private TextField hoursAvailable;
    @FXML private GridPane personGrid;
    @FXML private GridPane pathwayGrid;
    @FXML private CheckBox drivingLicence;
    @FXML private CheckBox car;
    @FXML private CheckBox publicTransport;
    @FXML private CheckBox bicycle;
    @FXML private TextField maxTravelMinutes;
    @FXML private TextField schoolName;
    @FXML private ComboBox<SchoolType> schoolType;
    @FXML private ComboBox<Uitstroomprofiel> uitstroomprofiel;
    @FXML private DatePicker expectedLeavingDate;
    @FXML private ComboBox<SchoolDestination> schoolDestination;
    @FXML private Label consentsMessage;
    @FXML private Button saveButton;
    @FXML private Label saveMessage;
    @FXML private Label problemList;

    public CandidateFormController(CandidateFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** Toon asks for a reason first (see {@link BsnReveal}); the toggle follows whether the BSN is shown. */
    private void bindBsnReveal() {
        BsnReveal reveal = vm.bsnReveal;
        showBsn.setSelected(vm.bsnShown.get());
        vm.bsnShown.addListener((obs, was, now) -> showBsn.setSelected(now));
        showBsn.setOnAction(e -> {
            boolean wanted = showBsn.isSelected();
            showBsn.setSelected(vm.bsnShown.get());
            reveal.toggle(wanted);
        });
        bsnReasonBox.visibleProperty().bind(reveal.asked);
        bsnReasonBox.managedProperty().bind(reveal.asked);
        bsnReason.getItems().setAll(reveal.usualReasons());
        bsnReason.getEditor().textProperty().bindBidirectional(reveal.reason);
        bsnReasonConfirm.setOnAction(e -> reveal.confirm());
        bsnReasonConfirm.disableProperty().bind(reveal.logging);
        bsnReasonCancel.setOnAction(e -> reveal.cancel());
        bsnReasonMessage.textProperty().bind(reveal.message);
        bsnReasonMessage.visibleProperty().bind(reveal.message.isNotEmpty());
        bsnReasonMessage.managedProperty().bind(reveal.message.isNotEmpty());
        reveal.asked.addListener((obs, was, now) -> {
            if (now) {
                bsnReason.requestFocus();
            }
        });
    }

    @FXML
    private void initialize() {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.S && e.isShortcutDown()) {
                vm.save();
                e.consume();
            }
        });
        fullName.textProperty().bindBidirectional(vm.fullName);
        preferredName.textProperty().bindBidirectional(vm.preferredName);
        bsn.textProperty().bindBidirectional(vm.bsn);
        bsnMasked.textProperty().bindBidirectional(vm.bsn);
        bindBsnReveal();
        showBsn.textProperty().bind(Bindings.when(vm.bsnShown)
                .then(messages.text("candidate.bsn.hide")).otherwise(messages.text("candidate.bsn.show")));
        bsn.visibleProperty().bind(vm.bsnShown);
        bsnMasked.visibleProperty().bind(vm.bsnShown.not());
        birthDate.valueProperty().bindBidirectional(vm.birthDate);
        phone.textProperty().bindBidirectional(vm.phone);
        email.textProperty().bindBidirectional(vm.email);
        street.textProperty().bindBidirectional(vm.street);
        postcode.textProperty().bindBidirectional(vm.postcode);
        city.textProperty().bindBidirectional(vm.city);
        municipality.textProperty().bindBidirectional(vm.municipality);
        choices(status, CandidateStatus.class);
        status.valueProperty().bindBidirectional(vm.status);
        statusReason.textProperty().bindBidirectional(vm.statusReason);
        choices(outflowDestination, OutflowDestination.class);
        outflowDestination.valueProperty().bindBidirectional(vm.outflowDestination);
        coach.setItems(vm.coaches);
        coach.setConverter(new CoachNames());
        coach.valueProperty().bindBidirectional(vm.coach);
        registeredOn.valueProperty().bindBidirectional(vm.registeredOn);
        choices(registerStatus, RegisterStatus.class);
        registerStatus.valueProperty().bindBidirectional(vm.registerStatus);
        choices(grondslag, Grondslag.class);
        grondslag.valueProperty().bindBidirectional(vm.grondslag);
        registerStart.valueProperty().bindBidirectional(vm.registerStart);
        registerEnd.valueProperty().bindBidirectional(vm.registerEnd);
        talents.textProperty().bindBidirectional(vm.talents);
        wishes.textProperty().bindBidirectional(vm.wishes);
        supportNeeds.textProperty().bindBidirectional(vm.supportNeeds);
        sectors.textProperty().bindBidirectional(vm.sectors);
        hoursAvailable.textProperty().bindBidirectional(vm.hoursAvailable);
        bindMobilityAndSchool();
        addConsentRows();
        saveMessage.textProperty().bind(vm.saveMessage);
        saveMessage.styleProperty().unbind();
        vm.saveFailed.addListener((obs, was, failed) -> styleMessage(failed));
        styleMessage(vm.saveFailed.get());
        saveButton.disableProperty().bind(vm.saving);
        new ValidationDecorator(vm.problems())
                .field(fullName, CandidateValidator.FULL_NAME)
                .field(bsn, CandidateValidator.BSN)
                .field(bsnMasked, CandidateValidator.BSN)
                .field(phone, CandidateValidator.PHONE)
                .field(email, CandidateValidator.EMAIL)
                .field(postcode, CandidateValidator.POSTCODE)
                .field(status, CandidateValidator.STATUS)
                .field(statusReason, CandidateValidator.STATUS_REASON)
                .field(outflowDestination, CandidateValidator.OUTFLOW_DESTINATION)
                .field(registerStatus, CandidateValidator.REGISTER_STATUS)
                .field(registerEnd, CandidateValidator.REGISTER_END)
                .field(registeredOn, CandidateValidator.REGISTERED_ON)
                .field(hoursAvailable, CandidateValidator.HOURS_AVAILABLE)
                .field(maxTravelMinutes, CandidateFormViewModel.MAX_TRAVEL_MINUTES)
                .summaryIn(problemList);
    }

    private void bindMobilityAndSchool() {
        drivingLicence.selectedProperty().bindBidirectional(vm.drivingLicence);
        car.selectedProperty().bindBidirectional(vm.car);
        publicTransport.selectedProperty().bindBidirectional(vm.publicTransport);
        bicycle.selectedProperty().bindBidirectional(vm.bicycle);
        maxTravelMinutes.textProperty().bindBidirectional(vm.maxTravelMinutes);
        schoolName.textProperty().bindBidirectional(vm.schoolName);
        choices(schoolType, SchoolType.class);
        schoolType.valueProperty().bindBidirectional(vm.schoolType);
        choices(uitstroomprofiel, Uitstroomprofiel.class);
        uitstroomprofiel.valueProperty().bindBidirectional(vm.uitstroomprofiel);
        expectedLeavingDate.valueProperty().bindBidirectional(vm.expectedLeavingDate);
        choices(schoolDestination, SchoolDestination.class);
        schoolDestination.valueProperty().bindBidirectional(vm.schoolDestination);
        // The school rows matter only for VSO/PrO pupils; hidden rows take no room in the grid.
        for (Node node : personGrid.getChildren()) {
            if (node.getStyleClass().contains("school-row")) {
                node.visibleProperty().bind(vm.schoolShown);
                node.managedProperty().bind(vm.schoolShown);
            }
        }
    }

    /** One row per consent purpose, so a purpose added to the domain shows up without touching the FXML. */
    private void addConsentRows() {
        consentsMessage.textProperty().bind(vm.consentsMessage);
        consentsMessage.visibleProperty().bind(vm.consentsMessage.isNotEmpty());
        consentsMessage.managedProperty().bind(vm.consentsMessage.isNotEmpty());
        int row = GridPane.getRowIndex(consentsMessage) + 1;
        for (ConsentsSection.Row consent : vm.consents.rows()) {
            String purpose = messages.enumText(consent.purpose);
            CheckBox given = new CheckBox(messages.text("profile.consent.given"));
            given.setAccessibleText(purpose + ": " + messages.text("profile.consent.given"));
            given.setId("consent-" + consent.purpose.name());
            given.selectedProperty().bindBidirectional(consent.given);
            DatePicker decidedOn = new DatePicker();
            decidedOn.setAccessibleText(purpose + ": " + messages.text("profile.consent.decidedOn"));
            decidedOn.setPromptText(messages.text("profile.consent.decidedOn"));
            decidedOn.setMaxWidth(Double.MAX_VALUE);
            decidedOn.valueProperty().bindBidirectional(consent.decidedOn);
            HBox.setHgrow(decidedOn, Priority.ALWAYS);
            HBox line = new HBox(12, given, decidedOn);
            line.setAlignment(Pos.CENTER_LEFT);
            Label label = new Label(purpose);
            label.getStyleClass().add("form-label");
            label.setLabelFor(given);
            pathwayGrid.add(label, 0, row);
            pathwayGrid.add(line, 1, row);
            row++;
        }
    }

    private void styleMessage(boolean failed) {
        nl.werkmap.ui.common.MessageTone.of(failed).applyTo(saveMessage);
    }

    private <E extends Enum<E>> void choices(ComboBox<E> box, Class<E> type) {
        box.setItems(FXCollections.observableArrayList(type.getEnumConstants()));
        box.setConverter(EnumLabels.converter(messages, type));
    }

    /** Puts the cursor in the first field (new candidate). */
    public void focusFirstField() {
        fullName.requestFocus();
    }

    @FXML
    private void save() {
        vm.save();
    }
}
