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
import nl.werkmap.ui.common.InputState;
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
    /** The contact being corrected in the form; null while adding one. */
    final ObjectProperty<EmployerContact> editing = new SimpleObjectProperty<>();
    final InputState input;

    public ContactsViewModel(CandidateViewModel candidate) {
        super(candidate);
        problems = new FormProblems(messages);
        for (Observable o : new Observable[] {placement, name, phone, email}) {
            o.addListener(obs -> check());
        }
        input = new InputState(() -> java.util.Arrays.asList(name.get(), role.get(), phone.get(), email.get(),
                availability.get()), name, role, phone, email, availability);
        track(input);
        check();
    }

    @Override
    protected String tabKey() {
        return "candidate.tab.contacts";
    }

    @Override
    public void saveNow(java.util.function.Consumer<Boolean> done) {
        add(done);
    }

    /** "Bewerken": the chosen person goes into the form; "Contact opslaan" then corrects them. */
    void edit(ContactRow row) {
        if (row == null) {
            refuse(messages.text("contact.noneSelected"));
            return;
        }
        EmployerContact c = row.contact();
        editing.set(c);
        placement.set(placements.stream().filter(p -> p.placement().id().equals(c.placementId())).findFirst()
                .orElse(placement.get()));
        name.set(Text.orEmpty(c.name()));
        role.set(c.role());
        phone.set(Text.orEmpty(c.phone()));
        email.set(Text.orEmpty(c.email()));
        availability.set(Text.orEmpty(c.availability()));
        problems.reset();
        input.markClean();
    }

    /** "Nieuw": the form adds a person again. */
    void stopEditing() {
        editing.set(null);
        clear();
    }

    private void clear() {
        name.set("");
        phone.set("");
        email.set("");
        availability.set("");
        role.set(ContactRole.BUDDY);
        problems.reset();
        input.markClean();
    }

    void delete(ContactRow row) {
        EmployerContact c = row.contact();
        if (editing.get() != null && editing.get().id().equals(c.id())) {
            stopEditing();
        }
        delete(store -> store.employerContacts().tombstone(c.id()), describe(row),
                store -> store.employerContacts().save(c));
    }

    String describe(ContactRow row) {
        return messages.format("contact.describe", row.contact().name());
    }

    @Override
    protected boolean shows(CandidateFile old, CandidateFile now) {
        return old.placements() != now.placements();
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
        add(ok -> { });
    }

    private void add(java.util.function.Consumer<Boolean> done) {
        problems.markAttempted();
        if (problems.any()) {
            refuse(messages.text(placements.isEmpty() ? "contact.needsPlacement" : "contact.hasProblems"));
            done.accept(false);
            return;
        }
        EmployerContact was = editing.get();
        EmployerContact contact = new EmployerContact(was == null ? RecordIds.next() : was.id(),
                placement.get().placement().id(), Text.orNull(name.get()), role.get(), Text.orNull(phone.get()),
                Text.orNull(email.get()), Text.orNull(availability.get()), was == null ? null : was.notes(),
                was == null ? null : was.lastContact());
        save(store -> store.employerContacts().save(contact), "contact.saved", () -> {
            editing.set(null);
            clear();
        }, done);
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
