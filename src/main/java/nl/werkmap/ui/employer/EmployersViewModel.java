package nl.werkmap.ui.employer;

import java.util.UUID;
import java.util.function.Supplier;

import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.ContactPerson;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.EmployerValidator;
import nl.werkmap.service.EmployerService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.Text;
import nl.werkmap.ui.common.UnsavedForm;

/** The employers list and the form to add or change one, checked by the domain's {@link EmployerValidator}. */
public final class EmployersViewModel implements UnsavedForm {

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    private UUID editing = RecordIds.next();

    final ObservableList<Employer> employers = FXCollections.observableArrayList();
    final ObjectProperty<Employer> selected = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty kvk = new SimpleStringProperty("");
    final ObjectProperty<EmployerSector> sector = new SimpleObjectProperty<>(EmployerSector.MARKT);
    final StringProperty branche = new SimpleStringProperty("");
    /** The SBI 2008 section letter, null while not chosen. */
    final ObjectProperty<String> sbiSection = new SimpleObjectProperty<>();
    final StringProperty street = new SimpleStringProperty("");
    final StringProperty postcode = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty contactName = new SimpleStringProperty("");
    final StringProperty contactPhone = new SimpleStringProperty("");
    final StringProperty contactEmail = new SimpleStringProperty("");
    final StringProperty formTitle = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);
    final FormProblems problems;
    final InputState input;
    /** "Bakkerij Jansen verwijderd." while the last delete can still be undone; empty otherwise. */
    final StringProperty undoText = new SimpleStringProperty("");
    /** The employer as it was before the last delete: saving it again revives the tombstone. */
    private Employer deleted;

    public EmployersViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                              Navigator navigator) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.navigator = navigator;
        this.problems = new FormProblems(messages);
        for (Observable o : new Observable[] {name, kvk, sector, postcode, contactPhone, contactEmail}) {
            o.addListener(obs -> problems.update(EmployerValidator.validate(typed())));
        }
        input = new InputState(this::typed, name, kvk, sector, branche, sbiSection, street, postcode, city, contactName,
                contactPhone, contactEmail);
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                edit(now);
            }
        });
        startNew();
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return input.unsavedProperty();
    }

    @Override
    public String formName() {
        return messages.text("employer.title");
    }

    @Override
    public void saveNow(Consumer<Boolean> done) {
        save(done);
    }

    public void reload() {
        background.call(() -> EmployerList.byName(store.get())).onSuccess(employers::setAll).onError(e -> fail(messages.format("employer.loadFailed", String.valueOf(e.getMessage())))).start();
    }

    void startNew() {
        editing = RecordIds.next();
        formTitle.set(messages.text("employer.form.new"));
        fill(new Employer(editing, null, null, EmployerSector.MARKT, null, null, null));
    }

    private void edit(Employer employer) {
        editing = employer.id();
        formTitle.set(messages.text("employer.form.edit"));
        fill(employer);
    }

    private void fill(Employer e) {
        name.set(Text.orEmpty(e.name()));
        kvk.set(Text.orEmpty(e.kvkNumber()));
        sector.set(e.sector());
        branche.set(Text.orEmpty(e.branche()));
        sbiSection.set(e.sbiSection());
        street.set(Text.orEmpty(e.address().street()));
        postcode.set(Text.orEmpty(e.address().postcode()));
        city.set(Text.orEmpty(e.address().city()));
        contactName.set(Text.orEmpty(e.mainContact().name()));
        contactPhone.set(Text.orEmpty(e.mainContact().phone()));
        contactEmail.set(Text.orEmpty(e.mainContact().email()));
        problems.reset();
        problems.update(EmployerValidator.validate(typed()));
        message.set("");
        input.markClean();
    }

    Employer typed() {
        return new Employer(editing, Text.orNull(name.get()), Text.orNull(kvk.get()), sector.get(),
                Text.orNull(branche.get()),
                new Address(Text.orNull(street.get()), Text.orNull(postcode.get()), Text.orNull(city.get())),
                new ContactPerson(Text.orNull(contactName.get()), Text.orNull(contactPhone.get()),
                        Text.orNull(contactEmail.get())), sbiSection.get());
    }

    void save() {
        save(ok -> { });
    }

    private void save(Consumer<Boolean> done) {
        problems.markAttempted();
        if (problems.any()) {
            fail(messages.text("employer.hasProblems"));
            done.accept(false);
            return;
        }
        Employer employer = typed();
        background.run(() -> store.get().employers().save(employer)).onSuccess(v -> {
            input.markClean();
            done.accept(true);
            failed.set(false);
            message.set(messages.text("employer.saved"));
            navigator.status(messages.text("employer.saved"));
            formTitle.set(messages.text("employer.form.edit"));
            reload();
        }).onError(e -> {
            fail(messages.format("tab.saveFailed", Background.reason(messages, e)));
            done.accept(false);
        }).start();
    }

    /**
     * Checks (in the background) that the employer has no running placement: one that has not been ended, also
     * one that starts later. Then {@code confirm} runs on the FX thread; with running placements the form says
     * what to do instead.
     */
    void whenDeletable(Employer employer, Runnable confirm) {
        background.call(() -> store.get().placements().atEmployer(employer.id()).stream()
                .filter(p -> !p.isEnded()).count()).onSuccess(running -> {
                    if (running > 0) {
                        fail(messages.format("employer.delete.refused", employer.name(), running));
                    } else {
                        confirm.run();
                    }
                }).onError(e -> fail(messages.format("tab.deleteFailed", Background.reason(messages, e)))).start();
    }

    /** Deletes (a change-logged tombstone that syncs) and offers the undo. */
    void delete(Employer employer) {
        // Check and tombstone in one transaction (EmployerService): a placement that arrived since the check
        // above refuses the delete instead of being left at a deleted employer.
        background.call(() -> new EmployerService(store).delete(employer.id())).onSuccess(was -> {
            deleted = was;
            String text = messages.format("undo.deleted", employer.name());
            undoText.set(text);
            navigator.status(text);
            startNew();
            reload();
        }).onError(e -> fail(e instanceof EmployerService.StillPlaced placed
                ? messages.format("employer.delete.refused", employer.name(), placed.running())
                : messages.format("tab.deleteFailed", Background.reason(messages, e)))).start();
    }

    /** Brings the last deleted employer back as it was. */
    void undo() {
        Employer employer = deleted;
        if (employer == null) {
            return;
        }
        deleted = null;
        background.run(() -> new EmployerService(store).restore(employer)).onSuccess(v -> {
            undoText.set("");
            navigator.status(messages.text("undo.done"));
            reload();
        }).onError(e -> {
            deleted = employer;
            fail(messages.format("undo.failed", Background.reason(messages, e)));
        }).start();
    }

    private void fail(String text) {
        failed.set(true);
        message.set(text);
    }
}
