package nl.werkmap.ui.candidate;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

import nl.werkmap.domain.ContactRole;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.ConfirmDelete;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.ValidationDecorator;

/** Binds the contacts tab. */
public final class ContactsController {

    private final ContactsViewModel vm;
    private final Messages messages;
    private final Dates dates;

    @FXML private TableView<ContactsViewModel.ContactRow> contacts;
    @FXML private ComboBox<PlacementFile> placement;
    @FXML private TextField contactName;
    @FXML private ComboBox<ContactRole> role;
    @FXML private TextField phone;
    @FXML private TextField email;
    @FXML private TextField availability;
    @FXML private Label message;
    @FXML private Label problemList;
    @FXML private Button saveContact;
    @FXML private Label unsavedMark;
    @FXML private Label contactFormTitle;

    public ContactsController(ContactsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(contacts, messages.text("contact.col.employer"), 170, r -> employerName(r.placement()));
        Columns.text(contacts, messages.text("contact.col.name"), 160, r -> r.contact().name());
        Columns.text(contacts, messages.text("contact.col.role"), 120, r -> messages.enumText(r.contact().role()));
        Columns.text(contacts, messages.text("contact.col.phone"), 120, r -> r.contact().phone());
        Columns.text(contacts, messages.text("contact.col.email"), 180, r -> r.contact().email());
        Columns.text(contacts, messages.text("contact.col.availability"), 150, r -> r.contact().availability());
        Columns.text(contacts, messages.text("contact.col.lastContact"), 135,
                r -> dates.format(r.contact().lastContact()));
        contacts.setItems(vm.contacts);
        placement.setItems(vm.placements);
        placement.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlacementFile p) {
                if (p == null) {
                    return "";
                }
                String job = p.placement().jobTitle();
                return employerName(p) + (job == null ? "" : " – " + job);
            }

            @Override
            public PlacementFile fromString(String text) {
                return null;
            }
        });
        placement.valueProperty().bindBidirectional(vm.placement);
        contactName.textProperty().bindBidirectional(vm.name);
        role.setItems(FXCollections.observableArrayList(ContactRole.values()));
        role.setConverter(EnumLabels.converter(messages, ContactRole.class));
        role.valueProperty().bindBidirectional(vm.role);
        phone.textProperty().bindBidirectional(vm.phone);
        email.textProperty().bindBidirectional(vm.email);
        availability.textProperty().bindBidirectional(vm.availability);
        new ValidationDecorator(vm.problems)
                .field(placement, ContactsViewModel.PLACEMENT)
                .field(contactName, ContactsViewModel.NAME)
                .field(phone, ContactsViewModel.PHONE)
                .field(email, ContactsViewModel.EMAIL)
                .summaryIn(problemList);
        MessageLine.bind(message, vm.message, vm.failed);
        saveContact.textProperty().bind(Bindings.when(vm.editing.isNull())
                .then(messages.text("contact.add")).otherwise(messages.text("contact.saveEdit")));
        unsavedMark.visibleProperty().bind(vm.unsavedProperty());
        contactFormTitle.textProperty().bind(Bindings.when(vm.editing.isNull())
                .then(messages.text("contact.add.title")).otherwise(messages.text("contact.edit.title")));
        contacts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
            }
        });
    }

    @FXML
    private void edit() {
        vm.edit(contacts.getSelectionModel().getSelectedItem());
        contactName.requestFocus();
    }

    @FXML
    private void stopEditing() {
        vm.stopEditing();
    }

    @FXML
    private void delete() {
        ContactsViewModel.ContactRow row = contacts.getSelectionModel().getSelectedItem();
        if (row == null) {
            vm.refuse(messages.text("contact.noneSelected"));
        } else if (ConfirmDelete.ask(messages, contacts, vm.describe(row))) {
            vm.delete(row);
        }
    }

    private static String employerName(PlacementFile p) {
        return p.employer() == null ? "" : p.employer().name();
    }

    @FXML
    private void add() {
        vm.add();
    }

    @FXML
    private void spokeToday() {
        vm.spokeToday(contacts.getSelectionModel().getSelectedItem());
    }
}
