package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.EmailAddress;
import nl.werkmap.domain.validation.PhoneNumber;
import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.Text;

/** The contacts tab: the people at the employer per placement (buddy first), and adding one. */
public final class ContactsViewModel extends TabViewModel {

    static final String PLACEMENT = "placement";
    static final String NAME = "name";
    static final String PHONE = "phone";
    static final String EMAIL = "email";

    /** One person at one placement's employer. */
    record ContactRow(PlacementFile placement, EmployerContact contact) {
    }

    final ObservableList<ContactRow> contacts = FXCollections.observableArrayList();
    final ObservableList<PlacementFile> placements = FXCollections.observableArrayList();
    final ObjectProperty<PlacementFile> placement = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<ContactRole> role = new SimpleObjectProperty<>(ContactRole.BUDDY);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty availability = new SimpleStringProperty("");
    final FormProblems problems;

    public ContactsViewModel(CandidateViewModel candidate) {
        super(candidate);
        problems = new FormProblems(messages);
        for (Observable o : new Observable[] {placement, name, phone, email}) {
            o.addListener(obs -> check());
        }
        check();
    }

    @Override
    protected void show(CandidateFile file) {
        List<ContactRow> rows = new ArrayList<>();
        for (PlacementFile p : file.placements()) {
            p.contacts().stream().sorted((a, b) -> Integer.compare(rank(a), rank(b)))
                    .forEach(c -> rows.add(new ContactRow(p, c)));
        }
        contacts.setAll(rows);
        PlacementFile chosen = placement.get();
        placements.setAll(file.placements());
        placement.set(file.placements().stream()
                .filter(p -> chosen != null && p.placement().id().equals(chosen.placement().id())).findFirst()
                .orElse(file.placements().isEmpty() ? null : file.placements().get(0)));
    }

    private static int rank(EmployerContact c) {
        return c.role() == ContactRole.BUDDY ? 0 : c.role().ordinal() + 1;
    }

    private void check() {
        List<ValidationProblem> found = new ArrayList<>();
        if (placement.get() == null) {
            found.add(ValidationProblem.of(PLACEMENT, ValidationMessage.REQUIRED));
        }
        if (Text.orNull(name.get()) == null) {
            found.add(ValidationProblem.of(NAME, ValidationMessage.REQUIRED));
        }
        if (Text.orNull(phone.get()) != null && !PhoneNumber.isPlausible(phone.get())) {
            found.add(ValidationProblem.of(PHONE, ValidationMessage.PHONE_FORMAT));
        }
        if (Text.orNull(email.get()) != null && !EmailAddress.isPlausible(email.get())) {
            found.add(ValidationProblem.of(EMAIL, ValidationMessage.EMAIL_FORMAT));
        }
        problems.update(found);
    }

    void add() {
        problems.markAttempted();
        if (problems.any()) {
            refuse(messages.text(placements.isEmpty() ? "contact.needsPlacement" : "contact.hasProblems"));
            return;
        }
        EmployerContact contact = new EmployerContact(RecordIds.next(), placement.get().placement().id(),
                Text.orNull(name.get()), role.get(), Text.orNull(phone.get()), Text.orNull(email.get()),
                Text.orNull(availability.get()), null, null);
        save(store -> store.employerContacts().save(contact), "contact.saved", () -> {
            name.set("");
            phone.set("");
            email.set("");
            availability.set("");
            problems.reset();
        });
    }

    /** "Vandaag gesproken": the coach just talked to this person. */
    void spokeToday(ContactRow row) {
        if (row == null) {
            refuse(messages.text("contact.noneSelected"));
            return;
        }
        EmployerContact c = row.contact();
        EmployerContact updated = new EmployerContact(c.id(), c.placementId(), c.name(), c.role(), c.phone(),
                c.email(), c.availability(), c.notes(), LocalDate.now());
        save(store -> store.employerContacts().save(updated), "contact.spokeSaved", () -> { });
    }
}
