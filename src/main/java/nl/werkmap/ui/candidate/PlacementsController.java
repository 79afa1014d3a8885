package nl.werkmap.ui.candidate;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.validation.PlacementValidator;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;
import nl.werkmap.ui.common.ValidationDecorator;

/** Binds the placements tab: the list with banen and warnings, and the add-placement form. */
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

    public PlacementsController(PlacementsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(placements, messages.text("placement.col.employer"), 170,
                f -> f.employer() == null ? "" : f.employer().name());
        Columns.text(placements, messages.text("placement.col.jobTitle"), 140, f -> f.placement().jobTitle());
        Columns.text(placements, messages.text("placement.col.type"), 120, f -> messages.enumText(f.placement().type()));
        Columns.text(placements, messages.text("placement.col.period"), 170, f -> dates.format(f.placement().start())
                + " – " + dates.format(f.placement().actualEnd() != null ? f.placement().actualEnd()
                : f.placement().plannedEnd()));
        Columns.text(placements, messages.text("placement.col.hours"), 70,
                f -> Text.decimal(f.placement().hoursPerWeek()));
        Columns.text(placements, messages.text("placement.col.banen"), 70, f -> vm.banen(f.placement()));
        Columns.text(placements, messages.text("placement.col.buddy"), 130, vm::buddies);
        Columns.text(placements, messages.text("placement.col.warnings"), 330, f -> vm.warnings(f.placement()));
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
    }

    @FXML
    private void add() {
        vm.add();
    }
}
