package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.Mobility;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.RouteIn;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolInfo;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.domain.Uitstroomprofiel;
import nl.werkmap.domain.validation.CandidateValidator;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.repo.ConsentRepository;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;
import nl.werkmap.ui.common.UnsavedForm;

/**
 * The profile form of one candidate (also used for a new one). Holds the typed values, checks them with the
 * domain's {@link CandidateValidator} on every change, refuses to save while something is wrong, and keeps the
 * input on screen when a save fails.
 */
public final class CandidateFormViewModel implements UnsavedForm {

    /** Field name for the form's own check that "uren" is a number. */
    static final String HOURS_NOT_A_NUMBER = "form.number";
    /** Field name of the travel time; the domain only refuses negatives, the form also caps it at four hours. */
    static final String MAX_TRAVEL_MINUTES = "maxTravelMinutes";
    static final String TRAVEL_MINUTES_RANGE = "profile.travel.range";
    static final int MAX_TRAVEL = 240;

    private final Messages messages;
    private final Background background;
    private final ProfileSave saveAction;
    private final Supplier<ConsentRepository> consentStore;
    private final Consumer<Candidate> onSaved;
    private final FormProblems problems;
    private Candidate original;
    /** False until the stored consents are in; saving before that could add a second row for a purpose. */
    private boolean consentsKnown;

    final StringProperty fullName = new SimpleStringProperty("");
    final StringProperty preferredName = new SimpleStringProperty("");
    final StringProperty bsn = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty street = new SimpleStringProperty("");
    final StringProperty postcode = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty municipality = new SimpleStringProperty("");
    final ObjectProperty<CandidateStatus> status = new SimpleObjectProperty<>();
    final StringProperty statusReason = new SimpleStringProperty("");
    final ObjectProperty<OutflowDestination> outflowDestination = new SimpleObjectProperty<>();
    final ObjectProperty<Coach> coach = new SimpleObjectProperty<>();
    final ObjectProperty<RegisterStatus> registerStatus = new SimpleObjectProperty<>();
    final ObjectProperty<Grondslag> grondslag = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> registerStart = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> registerEnd = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> registeredOn = new SimpleObjectProperty<>();
    final StringProperty talents = new SimpleStringProperty("");
    final StringProperty wishes = new SimpleStringProperty("");
    final StringProperty supportNeeds = new SimpleStringProperty("");
    final StringProperty sectors = new SimpleStringProperty("");
    final StringProperty hoursAvailable = new SimpleStringProperty("");
    final BooleanProperty drivingLicence = new SimpleBooleanProperty(false);
    final BooleanProperty car = new SimpleBooleanProperty(false);
    final BooleanProperty publicTransport = new SimpleBooleanProperty(false);
    final BooleanProperty bicycle = new SimpleBooleanProperty(false);
    final StringProperty maxTravelMinutes = new SimpleStringProperty("");
    final StringProperty schoolName = new SimpleStringProperty("");
    final ObjectProperty<SchoolType> schoolType = new SimpleObjectProperty<>();
    final ObjectProperty<Uitstroomprofiel> uitstroomprofiel = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> expectedLeavingDate = new SimpleObjectProperty<>();
    final ObjectProperty<SchoolDestination> schoolDestination = new SimpleObjectProperty<>();
    final BooleanProperty schoolShown = new SimpleBooleanProperty(false);
    final ConsentsSection consents = new ConsentsSection();
    final StringProperty consentsMessage = new SimpleStringProperty("");
    final ObservableList<Coach> coaches = FXCollections.observableArrayList();
    final StringProperty saveMessage = new SimpleStringProperty("");
    final BooleanProperty saveFailed = new SimpleBooleanProperty(false);
    final BooleanProperty saving = new SimpleBooleanProperty(false);
    final BooleanProperty bsnShown = new SimpleBooleanProperty(false);
    /** Asks for a reason before a stored BSN shows (avglog). */
    final BsnReveal bsnReveal;
    private final boolean isNew;
    /** False while a form made {@link #ahead} waits for its candidate. */
    private boolean started;
    /** True while {@link #fill} sets the fields: the check runs once after. */
    private boolean filling;
    /** Unsaved while the typed candidate differs from the one last filled in or saved. */
    private final InputState input;

    /** A stored BSN then shows only after a reason, which {@code logReason} writes to the access log. */
    public void logBsnRevealsWith(java.util.function.Consumer<String> logReason) {
        bsnReveal.logWith(logReason);
    }

    public CandidateFormViewModel(Messages messages, Background background, Candidate candidate, boolean isNew,
                                  List<Coach> coachList, ProfileSave saveAction,
                                  Supplier<ConsentRepository> consentStore, Consumer<Candidate> onSaved) {
        this(messages, background, candidate, isNew, coachList, saveAction, consentStore, onSaved, true);
    }

    /**
     * The profile form of a candidate screen made ahead, before it knows its candidate: its view is built and
     * styled while the coach looks at the list, and {@link #start} fills it when the candidate's file is in. It
     * refuses to save until then.
     */
    static CandidateFormViewModel ahead(Messages messages, Background background, ProfileSave saveAction,
                                        Supplier<ConsentRepository> consentStore, Consumer<Candidate> onSaved) {
        return ahead(messages, background, List.of(), saveAction, consentStore, onSaved);
    }

    /**
     * As {@link #ahead(Messages, Background, ProfileSave, Supplier, Consumer)}, with the coaches known already (those
     * of the screen opened before): the coach box gets its list while nothing waits, and {@link #start} leaves it
     * alone when the file brings the same coaches (issue 13: no list of cells made and styled at the click).
     */
    static CandidateFormViewModel ahead(Messages messages, Background background, List<Coach> knownCoaches,
                                        ProfileSave saveAction, Supplier<ConsentRepository> consentStore,
                                        Consumer<Candidate> onSaved) {
        Candidate nobody = Candidate.register(nl.werkmap.domain.RecordIds.next(), null, LocalDate.now());
        return new CandidateFormViewModel(messages, background, nobody, false, knownCoaches, saveAction,
                consentStore, onSaved, false);
    }

    private CandidateFormViewModel(Messages messages, Background background, Candidate candidate, boolean isNew,
                                   List<Coach> coachList, ProfileSave saveAction,
                                   Supplier<ConsentRepository> consentStore, Consumer<Candidate> onSaved,
                                   boolean started) {
        this.started = started;
        this.messages = messages;
        this.background = background;
        this.saveAction = saveAction;
        this.consentStore = consentStore;
        this.onSaved = onSaved;
        this.isNew = isNew;
        this.problems = new FormProblems(messages);
        this.bsnReveal = new BsnReveal(messages, background, bsnShown);
        coaches.setAll(coachList);
        fill(candidate);
        for (Observable field : fields()) {
            field.addListener(obs -> check());
        }
        check();
        // The consent ticks and days are input too: a tick alone must mark the form and ask before it is lost.
        input = new InputState(() -> List.of(typed(), consents.shown()));
        // Not while a fill sets the fields one by one: each check builds the whole typed candidate (some 35 per
        // opened candidate, issue 13), and every fill ends clean anyway.
        for (Observable field : watched()) {
            field.addListener(obs -> {
                if (!filling) {
                    input.recheck();
                }
            });
        }
        consentsKnown = isNew;
        if (!isNew && started) {
            loadConsents();
        }
    }

    /**
     * A form made {@link #ahead} gets its candidate: the stored values and its stored consents, clean. Once. The
     * consents come with the candidate's file (the same rows, read in the same read): asking the store again would
     * be a second trip to the worker and a second fill and paint of the opened page (issue 13).
     */
    void start(Candidate candidate, List<Coach> coachList, List<Consent> storedConsents) {
        if (started) {
            throw new IllegalStateException("profile form already shows " + original.id());
        }
        started = true;
        // The same coaches as made ahead: setting them again would make the coach box redo its list (issue 13).
        if (!coaches.equals(coachList)) {
            coaches.setAll(coachList);
        }
        filling = true;
        try {
            put(candidate);
            consents.fill(storedConsents);
        } finally {
            filling = false;
        }
        check();
        consentsKnown = true;
        input.markClean();
    }

    private void loadConsents() {
        UUID id = original.id();
        background.call(() -> consentStore.get().forCandidate(id)).onSuccess(stored -> {
            // What is stored is no input: clean again, unless the coach typed something meanwhile.
            boolean typedBefore = input.isUnsaved();
            consents.fill(stored);
            consentsKnown = true;
            if (!typedBefore) {
                input.markClean();
            }
        })
                .onError(e -> consentsMessage.set(messages.format("profile.consents.loadFailed",
                        String.valueOf(e.getMessage())))).start();
    }

    private Observable[] fields() {
        return new Observable[] {fullName, preferredName, bsn, birthDate, phone, email, street, postcode, city,
                municipality, status, statusReason, outflowDestination, coach, registerStatus, grondslag,
                registerStart, registerEnd, registeredOn, talents, wishes, supportNeeds, sectors, hoursAvailable,
                maxTravelMinutes};
    }

    /** Everything typed() reads: a change to any of them may make the form unsaved. */
    private Observable[] watched() {
        List<Observable> all = new ArrayList<>(List.of(fields()));
        all.addAll(List.of(drivingLicence, car, publicTransport, bicycle, schoolName, schoolType, uitstroomprofiel,
                expectedLeavingDate, schoolDestination));
        all.addAll(consents.watched());
        return all.toArray(Observable[]::new);
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return input.unsavedProperty();
    }

    @Override
    public String formName() {
        return messages.text(isNew ? "candidate.new.title" : "candidate.tab.profile");
    }

    @Override
    public void saveNow(Consumer<Boolean> done) {
        save(done);
    }

    /** Throws the typed values away: the form shows the candidate as last loaded or saved. */
    @Override
    public void discard(Runnable done) {
        consents.reset();
        fill(original);
        done.run();
    }

    /** Puts a stored candidate in the form (after load, or after a save elsewhere). */
    void fill(Candidate candidate) {
        // One check after the fill, not one per field set (some 30 checks of the whole candidate on each open).
        filling = true;
        try {
            put(candidate);
        } finally {
            filling = false;
        }
        check();
        if (input != null) {
            input.markClean();
        }
    }

    private void put(Candidate candidate) {
        original = candidate;
        PersonalDetails p = candidate.personal();
        fullName.set(Text.orEmpty(p.fullName()));
        preferredName.set(Text.orEmpty(p.preferredName()));
        bsn.set(Text.orEmpty(p.bsn()));
        birthDate.set(p.birthDate());
        phone.set(Text.orEmpty(p.phone()));
        email.set(Text.orEmpty(p.email()));
        street.set(Text.orEmpty(p.address().street()));
        postcode.set(Text.orEmpty(p.address().postcode()));
        city.set(Text.orEmpty(p.address().city()));
        municipality.set(Text.orEmpty(p.municipality()));
        status.set(candidate.status());
        statusReason.set(Text.orEmpty(candidate.statusReason()));
        outflowDestination.set(candidate.outflowDestination());
        coach.set(coaches.stream().filter(c -> c.id().equals(candidate.coachId())).findFirst().orElse(null));
        registerStatus.set(candidate.register().status());
        grondslag.set(candidate.register().grondslag());
        registerStart.set(candidate.register().start());
        registerEnd.set(candidate.register().end());
        registeredOn.set(candidate.registeredOn());
        CandidateProfile profile = candidate.profile();
        talents.set(Text.orEmpty(profile.talents()));
        wishes.set(Text.orEmpty(profile.wishes()));
        supportNeeds.set(Text.orEmpty(profile.supportNeeds()));
        sectors.set(Text.join(profile.preferredSectors()));
        hoursAvailable.set(Text.decimal(profile.hoursAvailable()));
        Mobility mobility = candidate.mobility() == null ? Mobility.UNKNOWN : candidate.mobility();
        drivingLicence.set(mobility.drivingLicence());
        car.set(mobility.car());
        publicTransport.set(mobility.publicTransport());
        bicycle.set(mobility.bicycle());
        maxTravelMinutes.set(mobility.maxTravelMinutes() == null ? "" : mobility.maxTravelMinutes().toString());
        SchoolInfo school = candidate.school();
        schoolName.set(school == null ? "" : Text.orEmpty(school.schoolName()));
        schoolType.set(school == null ? null : school.type());
        uitstroomprofiel.set(school == null ? null : school.uitstroomprofiel());
        expectedLeavingDate.set(school == null ? null : school.expectedLeavingDate());
        schoolDestination.set(school == null ? null : school.destination());
        schoolShown.set(school != null || candidate.routeIn() == RouteIn.VSO || candidate.routeIn() == RouteIn.PRO);
    }

    /** The typed travel time; null when empty or not a whole number in range (check() reports that). */
    private Integer parsedTravelMinutes() {
        String text = Text.orNull(maxTravelMinutes.get());
        if (text == null) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(text.trim());
            return minutes >= 0 && minutes <= MAX_TRAVEL ? minutes : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private SchoolInfo typedSchool() {
        String name = Text.orNull(schoolName.get());
        if (name == null && schoolType.get() == null && uitstroomprofiel.get() == null
                && expectedLeavingDate.get() == null && schoolDestination.get() == null) {
            return null;
        }
        return new SchoolInfo(name, schoolType.get(), uitstroomprofiel.get(), expectedLeavingDate.get(),
                schoolDestination.get());
    }

    private Double parsedHours() {
        try {
            return Text.decimal(hoursAvailable.get());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The candidate as typed; status-since moves to today when the status changed. */
    Candidate typed() {
        PersonalDetails personal = new PersonalDetails(Text.orNull(fullName.get()), Text.orNull(preferredName.get()),
                Text.orNull(bsn.get()), birthDate.get(), Text.orNull(phone.get()), Text.orNull(email.get()),
                new Address(Text.orNull(street.get()), Text.orNull(postcode.get()), Text.orNull(city.get())),
                Text.orNull(municipality.get()));
        Double hours = parsedHours();
        CandidateProfile profile = new CandidateProfile(Text.orNull(talents.get()), Text.orNull(wishes.get()),
                Text.orNull(supportNeeds.get()), Text.list(sectors.get()),
                hours != null && hours >= 0 ? hours : null);
        LocalDate since = status.get() == original.status() ? original.statusSince() : LocalDate.now();
        return new Candidate(original.id(), personal,
                new RegisterInfo(registerStatus.get(), grondslag.get(), registerStart.get(), registerEnd.get()),
                original.routeIn(), original.benefit(), status.get(), Text.orNull(statusReason.get()), since,
                outflowDestination.get(), coach.get() == null ? null : coach.get().id(), registeredOn.get(),
                profile, new Mobility(drivingLicence.get(), car.get(), publicTransport.get(), bicycle.get(),
                        parsedTravelMinutes()), typedSchool());
    }

    private void check() {
        if (filling) {
            return;
        }
        List<ValidationProblem> found = new ArrayList<>(CandidateValidator.validate(typed()));
        Double hours = parsedHours();
        if (Text.orNull(hoursAvailable.get()) != null && (hours == null || hours < 0)) {
            found.add(new ValidationProblem(CandidateValidator.HOURS_AVAILABLE, HOURS_NOT_A_NUMBER));
        }
        if (Text.orNull(maxTravelMinutes.get()) != null && parsedTravelMinutes() == null) {
            found.add(new ValidationProblem(MAX_TRAVEL_MINUTES, TRAVEL_MINUTES_RANGE));
        }
        problems.update(found);
        if (saveFailed.get() && !problems.any()) {
            saveMessage.set("");
            saveFailed.set(false);
        }
    }

    /**
     * Writes the profile and its consent decisions as one user action (see {@code CandidateService}): both or
     * neither.
     */
    @FunctionalInterface
    public interface ProfileSave {
        void save(Candidate candidate, List<Consent> consents) throws Exception;
    }

    public void save() {
        save(ok -> { });
    }

    /** As {@link #save()}; {@code done} hears whether it was saved. */
    private void save(Consumer<Boolean> done) {
        if (!started) {
            // A form made ahead holds no candidate yet: saving it would store an empty one.
            done.accept(false);
            return;
        }
        problems.markAttempted();
        if (problems.any()) {
            saveFailed.set(true);
            saveMessage.set(messages.text("candidate.save.hasProblems"));
            done.accept(false);
            return;
        }
        Candidate candidate = typed();
        List<Consent> consentChanges = consentsKnown ? consents.changes(candidate.id()) : List.of();
        saving.set(true);
        background.run(() -> saveAction.save(candidate, consentChanges)).onSuccess(result -> {
            saving.set(false);
            original = candidate;
            consents.saved(consentChanges);
            saveFailed.set(false);
            saveMessage.set(messages.text("candidate.save.done"));
            // Clean only if nothing was typed while the save ran: compare with what was written.
            if (candidate.equals(typed()) && consents.changes(candidate.id()).isEmpty()) {
                input.markClean();
            }
            onSaved.accept(candidate);
            done.accept(true);
        }).onError(e -> {
            saving.set(false);
            saveFailed.set(true);
            saveMessage.set(messages.format("candidate.save.failed", String.valueOf(e.getMessage())));
            done.accept(false);
        }).start();
    }

    /** Coaches to choose from, when they arrive after the form was made. */
    void setCoaches(List<Coach> list) {
        Coach chosen = coach.get();
        coaches.setAll(list);
        if (chosen != null) {
            coach.set(list.stream().filter(c -> c.id().equals(chosen.id())).findFirst().orElse(null));
        }
    }

    public FormProblems problems() {
        return problems;
    }

    public boolean isNew() {
        return isNew;
    }

    public Candidate original() {
        return original;
    }
}
