package nl.werkmap.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.codes.Occupation;
import nl.werkmap.domain.codes.OccupationCodes;
import nl.werkmap.domain.profile.ProfielCompleteness;
import nl.werkmap.domain.profile.ProfielItem;
import nl.werkmap.domain.profile.ProfielValidator;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.service.ProfielService;
import nl.werkmap.service.RefusedException;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.InputState;

/**
 * The werknemersprofiel tab: the five texts and the matchable fields, work experience with its ISCO-08 code, and
 * what is still needed before the profile can be matched. Loaded once, at the first showing, so a reload after
 * another tab saved never overwrites what the coach is typing. Saving checks first and keeps the input when refused.
 */
public final class ProfielViewModel extends TabViewModel {

    /** How many occupations the search list shows. */
    static final int SEARCH_LIMIT = 30;

    final ProfielFields fields = new ProfielFields();
    final ObservableList<Werkervaring> experience = FXCollections.observableArrayList();
    final StringProperty jobCode = new SimpleStringProperty("");
    final StringProperty jobFrom = new SimpleStringProperty("");
    final StringProperty jobTo = new SimpleStringProperty("");
    final StringProperty jobDescription = new SimpleStringProperty("");
    final StringProperty search = new SimpleStringProperty("");
    final ObservableList<Occupation> searchResults = FXCollections.observableArrayList();
    /** The names of the occupation wishes as typed, or which code is unknown. */
    final StringProperty occupationNames = new SimpleStringProperty("");
    final ObservableList<ProfielItem> missing = FXCollections.observableArrayList(ProfielItem.values());
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    final FormProblems problems;
    final InputState input;

    /** "Delen met werkgever" below the profile (issue 15). */
    final ProfielDelenViewModel delen;

    private final ProfielService service;
    /** False until the tab is first shown ({@link #activate}). */
    private boolean active;
    private final Clock clock;
    private boolean loading;

    public ProfielViewModel(CandidateViewModel candidate, Clock clock) {
        super(candidate);
        this.clock = clock;
        this.service = new ProfielService(candidate::store, clock);
        this.delen = new ProfielDelenViewModel(candidate, clock);
        this.problems = new FormProblems(messages);
        this.input = new InputState(this::snapshot, all());
        // The tab is unsaved while the profile or the share form holds typing that is not stored.
        track(new InputState(() -> List.of(input.isUnsaved(), delen.input.isUnsaved()), input.unsavedProperty(),
                delen.input.unsavedProperty()));
        search.addListener((obs, old, now) -> searchResults.setAll(OccupationCodes.isco08().search(now, SEARCH_LIMIT)));
        fields.occupations.addListener((obs, old, now) -> occupationNames.set(names(now)));
    }

    private javafx.beans.Observable[] all() {
        List<javafx.beans.Observable> watched = new ArrayList<>(List.of(fields.all()));
        watched.add(experience);
        return watched.toArray(new javafx.beans.Observable[0]);
    }

    private Object snapshot() {
        return List.of(fields.snapshot(), List.copyOf(experience));
    }

    @Override
    protected String tabKey() {
        return "candidate.tab.werknemersprofiel";
    }

    /**
     * The tab is shown: from now on its records are read with the file. While the tab stays hidden, opening the
     * candidate need not wait for them (all employers, decrypted, are most of it; issue 13).
     */
    void activate() {
        if (!active) {
            active = true;
            CandidateFile file = candidate.file.get();
            if (file != null) {
                show(file);
            }
        }
    }

    @Override
    protected void show(CandidateFile file) {
        if (!active) {
            return;
        }
        // Shares, employers and the consent decision change with other tabs and syncs: read them on every load.
        delen.load();
        if (loaded.get() || loading) {
            return;
        }
        loading = true;
        message.set(messages.text("profiel.loading"));
        candidate.background().call(() -> {
            var store = candidate.store();
            return new Stored(store.profiles().forCandidate(candidate.candidateId()).orElse(null),
                    store.profiles().experience(candidate.candidateId()));
        }).onSuccess(stored -> {
            loading = false;
            fields.fill(stored.profile() == null ? Werknemersprofiel.empty(candidate.candidateId()) : stored.profile());
            experience.setAll(stored.experience());
            missing.setAll(ProfielCompleteness.missing(stored.profile()));
            input.markClean();
            message.set("");
            loaded.set(true);
        }).onError(e -> {
            loading = false;
            refuse(messages.format("profiel.loadFailed", nl.werkmap.ui.common.Background.reason(messages, e)));
        }).start();
    }

    private record Stored(Werknemersprofiel profile, List<Werkervaring> experience) {
    }

    @Override
    public void saveNow(Consumer<Boolean> done) {
        // A share is recorded with its PDF at a place the coach chooses: not something to do unasked on closing.
        // The tab stays open with the typing kept and says what to do.
        if (delen.input.isUnsaved()) {
            delen.message.set(messages.text("share.unsavedOnClose"));
            delen.failed.set(true);
            done.accept(false);
            return;
        }
        save(done);
    }

    void save() {
        save(ok -> { });
    }

    /**
     * Opens the candidate's baankansen ranked. The ranking reads the stored profile, so what is typed but unsaved is
     * saved first; a failed save stays here with its message, nothing typed lost.
     */
    void showBaankansen() {
        if (!unsavedProperty().get()) {
            candidate.navigator().showBaankansenFor(candidate.candidateId());
            return;
        }
        save(ok -> {
            if (ok) {
                candidate.navigator().showBaankansenFor(candidate.candidateId());
            }
        });
    }

    private void save(Consumer<Boolean> done) {
        List<ValidationProblem> found = new ArrayList<>();
        Werknemersprofiel profile = fields.toProfile(candidate.candidateId(), found);
        List<Werkervaring> jobs = List.copyOf(experience);
        found.addAll(ProfielValidator.validate(profile, jobs, LocalDate.now(clock).getYear()));
        problems.markAttempted();
        problems.update(oneExperienceField(found));
        if (!found.isEmpty()) {
            refuse(messages.text("profiel.save.refused"));
            done.accept(false);
            return;
        }
        Object saving = snapshot();
        candidate.background().run(() -> service.save(profile, jobs)).onSuccess(result -> {
            failed.set(false);
            message.set(messages.text("profiel.save.done"));
            missing.setAll(ProfielCompleteness.missing(profile));
            if (saving.equals(snapshot())) {
                // Shows what was stored ("3511 ab" becomes "3511 AB"), unless the coach typed on meanwhile.
                fields.fill(profile);
                input.markClean();
            }
            candidate.changed(messages.text("profiel.save.done"));
            done.accept(true);
        }).onError(e -> {
            if (e instanceof RefusedException refused) {
                problems.update(oneExperienceField(refused.problems()));
                refuse(messages.text("profiel.save.refused"));
            } else {
                refuse(messages.format("tab.saveFailed", nl.werkmap.ui.common.Background.reason(messages, e)));
            }
            done.accept(false);
        }).start();
    }

    /** The experience table is one field on screen: a problem with any of its rows shows there. */
    private static List<ValidationProblem> oneExperienceField(List<ValidationProblem> found) {
        return found.stream().map(p -> p.field().startsWith(ProfielValidator.EXPERIENCE)
                ? new ValidationProblem(ProfielValidator.EXPERIENCE_ROWS, p.messageKey()) : p).toList();
    }

    /** Adds the typed work experience line to the list (saved with the profile); refuses an unknown code. */
    boolean addExperience() {
        String code = jobCode.get() == null ? "" : jobCode.get().strip();
        if (!OccupationCodes.isco08().isUnitGroup(code)) {
            refuse(messages.format("profiel.experience.codeUnknown", code));
            return false;
        }
        Integer from = year(jobFrom.get());
        Integer to = year(jobTo.get());
        if (from == Integer.MIN_VALUE || to == Integer.MIN_VALUE) {
            refuse(messages.text("profiel.experience.yearInvalid"));
            return false;
        }
        String description = jobDescription.get() == null || jobDescription.get().isBlank() ? null
                : jobDescription.get().strip();
        experience.add(0, new Werkervaring(RecordIds.next(), candidate.candidateId(), code, description, from, to));
        jobCode.set("");
        jobFrom.set("");
        jobTo.set("");
        jobDescription.set("");
        failed.set(false);
        message.set("");
        return true;
    }

    void removeExperience(Werkervaring job) {
        if (job == null) {
            refuse(messages.text("profiel.experience.noneSelected"));
            return;
        }
        experience.remove(job);
    }

    /** Adds the occupation to the wishes, once. */
    void addWish(Occupation occupation) {
        if (occupation == null) {
            return;
        }
        List<String> codes = new ArrayList<>(ProfielFields.items(fields.occupations.get(), "[,;\\s]+"));
        if (!codes.contains(occupation.code())) {
            codes.add(occupation.code());
        }
        fields.occupations.set(String.join(", ", codes));
    }

    void useForExperience(Occupation occupation) {
        if (occupation != null) {
            jobCode.set(occupation.code());
        }
    }

    /** "Jaren" column: "2021–2023", "2021–nu", or empty. */
    String years(Werkervaring job) {
        if (job.fromYear() == null && job.toYear() == null) {
            return "";
        }
        String from = job.fromYear() == null ? "?" : job.fromYear().toString();
        String to = job.toYear() == null ? messages.text("profiel.experience.running") : job.toYear().toString();
        return from + "\u2013" + to;
    }

    String occupation(String code) {
        return OccupationCodes.isco08().find(code).map(Occupation::display).orElse(code);
    }

    private String names(String typed) {
        List<String> names = new ArrayList<>();
        for (String code : ProfielFields.items(typed, "[,;\\s]+")) {
            names.add(OccupationCodes.isco08().isUnitGroup(code) ? occupation(code)
                    : messages.format("profiel.occupation.unknown", code));
        }
        return String.join("; ", names);
    }

    /** A year as typed: null when empty, {@link Integer#MIN_VALUE} when it is not a number. */
    private static Integer year(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.matches("\\d{4}") ? Integer.valueOf(text) : Integer.MIN_VALUE;
    }
}
