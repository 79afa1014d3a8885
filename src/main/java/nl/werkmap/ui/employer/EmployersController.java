package nl.werkmap.ui.employer;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.validation.EmployerValidator;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.ConfirmDelete;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;
import nl.werkmap.ui.common.UnsavedDialog;
import nl.werkmap.ui.common.ValidationDecorator;

/** Binds the employers list and the employer form. */
public final class EmployersController {

    private final EmployersViewModel vm;
    private final Messages messages;
    private boolean reselecting;

    @FXML private TableView<Employer> employers;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private TextField kvk;
    @FXML private ComboBox<EmployerSector> sector;
    @FXML private TextField branche;
    @FXML private ComboBox<String> sbiSection;
    @FXML private TextField street;
    @FXML private TextField postcode;
    @FXML private TextField city;
    @FXML private TextField contactName;
    @FXML private TextField contactPhone;
    @FXML private TextField contactEmail;
    @FXML private Label message;
    @FXML private Label problemList;
    @FXML private Label unsavedMark;
    @FXML private Button delete;
    @FXML private HBox undoBar;
    @FXML private Label undoText;

    public EmployersController(EmployersViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Columns.text(employers, messages.text("employer.col.name"), 200, Employer::name);
        Columns.text(employers, messages.text("employer.col.kvk"), 90, Employer::kvkNumber);
        Columns.text(employers, messages.text("employer.col.sector"), 110, e -> messages.enumText(e.sector()));
        Columns.text(employers, messages.text("employer.col.city"), 120, e -> e.address().city());
        Columns.text(employers, messages.text("employer.col.sbi"), 60, e -> Text.orEmpty(e.sbiSection()));
        employers.setItems(vm.employers);
        employers.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> chosen(old, now));
        unsavedMark.visibleProperty().bind(vm.unsavedProperty());
        delete.disableProperty().bind(vm.selected.isNull());
        undoText.textProperty().bind(vm.undoText);
        undoBar.visibleProperty().bind(vm.undoText.isNotEmpty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        // Ctrl+Z outside a text field (a text field undoes its own typing first).
        employers.getParent().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isShiftDown() && undoBar.isVisible()) {
                vm.undo();
                e.consume();
            }
        });
        formTitle.textProperty().bind(vm.formTitle);
        name.textProperty().bindBidirectional(vm.name);
        kvk.textProperty().bindBidirectional(vm.kvk);
        sector.setItems(FXCollections.observableArrayList(EmployerSector.values()));
        sector.setConverter(EnumLabels.converter(messages, EmployerSector.class));
        sector.valueProperty().bindBidirectional(vm.sector);
        branche.textProperty().bindBidirectional(vm.branche);
        SbiChoice.fill(sbiSection, messages);
        sbiSection.valueProperty().bindBidirectional(vm.sbiSection);
        street.textProperty().bindBidirectional(vm.street);
        postcode.textProperty().bindBidirectional(vm.postcode);
        city.textProperty().bindBidirectional(vm.city);
        contactName.textProperty().bindBidirectional(vm.contactName);
        contactPhone.textProperty().bindBidirectional(vm.contactPhone);
        contactEmail.textProperty().bindBidirectional(vm.contactEmail);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, was, now) -> style(now));
        style(false);
        new ValidationDecorator(vm.problems)
                .field(name, EmployerValidator.NAME)
                .field(kvk, EmployerValidator.KVK_NUMBER)
                .field(sector, EmployerValidator.SECTOR)
                .field(postcode, EmployerValidator.POSTCODE)
                .field(contactPhone, EmployerValidator.CONTACT_PHONE)
                .field(contactEmail, EmployerValidator.CONTACT_EMAIL)
                .summaryIn(problemList);
    }

    /** Choosing another employer while the form holds unsaved input asks first. */
    private void chosen(Employer old, Employer now) {
        if (reselecting) {
            return;
        }
        if (vm.unsavedProperty().get()) {
            UnsavedDialog.Choice choice = UnsavedDialog.ask(messages, UnsavedDialog.windowOf(employers),
                    List.of(vm.formName()));
            if (choice == UnsavedDialog.Choice.SAVE) {
                vm.saveNow(saved -> { });
            }
            if (choice == UnsavedDialog.Choice.CANCEL || vm.unsavedProperty().get() && vm.failed.get()) {
                reselecting = true;
                if (old == null) {
                    employers.getSelectionModel().clearSelection();
                } else {
                    employers.getSelectionModel().select(old);
                }
                reselecting = false;
                return;
            }
        }
        vm.selected.set(now);
    }

    private void style(boolean failed) {
        nl.werkmap.ui.common.MessageTone.of(failed).applyTo(message);
    }

    @FXML
    private void startNew() {
        if (vm.unsavedProperty().get()) {
            UnsavedDialog.Choice choice = UnsavedDialog.ask(messages, UnsavedDialog.windowOf(employers),
                    List.of(vm.formName()));
            if (choice == UnsavedDialog.Choice.CANCEL) {
                return;
            }
            if (choice == UnsavedDialog.Choice.SAVE) {
                vm.saveNow(saved -> { });
                if (vm.failed.get()) {
                    return;
                }
            }
        }
        reselecting = true;
        employers.getSelectionModel().clearSelection();
        reselecting = false;
        vm.startNew();
        name.requestFocus();
    }

    /** Asks first, saying what happens; an employer with running placements is refused with what to do. */
    @FXML
    private void delete() {
        Employer employer = vm.selected.get();
        if (employer == null) {
            return;
        }
        vm.whenDeletable(employer, () -> {
            if (ConfirmDelete.ask(messages, employers, employer.name(), messages.text("employer.delete.text"))) {
                reselecting = true;
                employers.getSelectionModel().clearSelection();
                reselecting = false;
                vm.selected.set(null);
                vm.delete(employer);
            }
        });
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    @FXML
    private void save() {
        vm.save();
    }
}
