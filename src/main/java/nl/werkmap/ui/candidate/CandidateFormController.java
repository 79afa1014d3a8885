package nl.werkmap.ui.candidate;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.collections.FXCollections;
import javafx.util.StringConverter;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.validation.CandidateValidator;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.ValidationDecorator;

/** Binds the profile form to {@link CandidateFormViewModel}; problems show in place through ControlsFX. */
public final class CandidateFormController {

    private final CandidateFormViewModel vm;
    private final Messages messages;

    @FXML private TextField fullName;
    @FXML private TextField preferredName;
    @FXML private TextField bsn;
    @FXML private PasswordField bsnMasked;
    @FXML private ToggleButton showBsn;
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
    @FXML private Button saveButton;
    @FXML private Label saveMessage;

    public CandidateFormController(CandidateFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        fullName.textProperty().bindBidirectional(vm.fullName);
        preferredName.textProperty().bindBidirectional(vm.preferredName);
        bsn.textProperty().bindBidirectional(vm.bsn);
        bsnMasked.textProperty().bindBidirectional(vm.bsn);
        showBsn.selectedProperty().bindBidirectional(vm.bsnShown);
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
                .field(hoursAvailable, CandidateValidator.HOURS_AVAILABLE);
    }

    private void styleMessage(boolean failed) {
        saveMessage.getStyleClass().removeAll("error-text", "ok-text");
        saveMessage.getStyleClass().add(failed ? "error-text" : "ok-text");
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

    /** Shows coaches by name in the picker. */
    private static final class CoachNames extends StringConverter<Coach> {
        @Override
        public String toString(Coach coach) {
            return coach == null ? "" : coach.name();
        }

        @Override
        public Coach fromString(String text) {
            return null;
        }
    }
}
