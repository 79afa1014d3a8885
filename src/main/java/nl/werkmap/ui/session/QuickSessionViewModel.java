package nl.werkmap.ui.session;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.validation.SessionValidator;
import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;

/**
 * "Sessie vastleggen": pick the candidate (type-ahead, or the one already open), keep the defaults for a
 * workplace visit, type the three notes and save with Ctrl+Enter. A follow-up action is stored with the session.
 */
public final class QuickSessionViewModel {

    static final String CANDIDATE = "candidate";
    static final String TIME_FORMAT = "form.time";
    private static final int MAX_MATCHES = 8;

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    private final Runnable close;
    private CaseloadIndex index = CaseloadIndex.build(List.of());
    private CandidateFile file;
    /** The coach working on this laptop (null if unknown): sessions are logged in their name. */
    private Supplier<UUID> loggedBy = () -> null;

    final SessionDraft draft = new SessionDraft();
    final FormProblems problems;
    final StringProperty search = new SimpleStringProperty("");
    final ObservableList<CaseloadRow> matches = FXCollections.observableArrayList();
    final ObjectProperty<CaseloadRow> candidate = new SimpleObjectProperty<>();
    final ObservableList<PlacementFile> placements = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty saving = new SimpleBooleanProperty(false);
    final BooleanProperty picking = new SimpleBooleanProperty(true);

    public QuickSessionViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                                 Navigator navigator, Runnable close) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.navigator = navigator;
        this.close = close;
        this.problems = new FormProblems(messages);
        search.addListener((obs, old, now) -> {
            CaseloadRow picked = candidate.get();
            if (picked == null || !picked.displayName().equals(now)) {
                candidate.set(null);
                picking.set(true);
                matches.setAll(limit(index.filter(now, CaseloadFilter.ANY)));
            }
        });
        for (Observable o : new Observable[] {candidate, draft.date, draft.time, draft.minutes, draft.hours,
                draft.type, draft.location}) {
            o.addListener(obs -> check());
        }
        check();
    }

    /** Sessions are logged by the coach working here, not by the candidate's own coach (who may be away). */
    public void loggedBy(Supplier<UUID> currentCoach) {
        this.loggedBy = currentCoach;
    }

    private static List<CaseloadRow> limit(List<CaseloadRow> rows) {
        return rows.size() <= MAX_MATCHES ? rows : new ArrayList<>(rows.subList(0, MAX_MATCHES));
    }

    /** Opens the flow with fresh defaults; {@code candidateId} (may be null) is preselected. */
    public void start(UUID candidateId) {
        draft.reset(LocalDateTime.now());
        problems.reset();
        message.set("");
        candidate.set(null);
        file = null;
        placements.clear();
        search.set("");
        background.call(() -> CaseloadIndex.build(store.get().caseloadQuery().load())).onSuccess(loaded -> {
            index = loaded;
            matches.setAll(limit(index.all()));
            if (candidateId != null) {
                index.row(candidateId).ifPresent(this::pick);
            }
        }).onError(e -> message.set(messages.format("session.loadFailed", String.valueOf(e.getMessage())))).start();
    }

    void pick(CaseloadRow row) {
        if (row == null) {
            return;
        }
        candidate.set(row);
        search.set(row.displayName());
        picking.set(false);
        background.call(() -> store.get().candidateFiles().load(row.id()).orElse(null)).onSuccess(loaded -> {
            if (loaded == null || !row.equals(candidate.get())) {
                return;
            }
            file = loaded;
            List<PlacementFile> running = loaded.placements().stream()
                    .filter(p -> p.placement().actualEnd() == null).toList();
            placements.setAll(loaded.placements());
            if (!running.isEmpty()) {
                PlacementFile active = running.get(0);
                draft.placement.set(active);
                if (active.contacts().stream().anyMatch(c -> c.role() == ContactRole.BUDDY)) {
                    draft.attendees.get(Attendee.BUDDY).set(true);
                }
            }
        }).onError(e -> message.set(messages.format("session.loadFailed", String.valueOf(e.getMessage())))).start();
    }

    /** Enter in the search field: the highlighted match, else the first one. */
    void pickFirstOr(CaseloadRow highlighted) {
        pick(highlighted != null ? highlighted : matches.isEmpty() ? null : matches.get(0));
    }

    private void check() {
        List<ValidationProblem> found = new ArrayList<>();
        if (candidate.get() == null) {
            found.add(ValidationProblem.of(CANDIDATE, ValidationMessage.REQUIRED));
        }
        UUID anyId = candidate.get() == null ? UUID.randomUUID() : candidate.get().id();
        found.addAll(SessionValidator.validate(draft.session(anyId, null)));
        if (!draft.time.get().isBlank() && draft.parsedTime() == null) {
            found.removeIf(p -> p.field().equals(SessionValidator.STARTS_AT));
            found.add(new ValidationProblem(SessionValidator.STARTS_AT, TIME_FORMAT));
        }
        if (draft.parsedMinutes() == null) {
            found.removeIf(p -> p.field().equals(SessionValidator.DURATION_MINUTES));
            found.add(new ValidationProblem(SessionValidator.DURATION_MINUTES, "form.number"));
        }
        if (draft.parsedHours() == null) {
            found.removeIf(p -> p.field().equals(SessionValidator.HOURS_ACCOUNTED));
            found.add(new ValidationProblem(SessionValidator.HOURS_ACCOUNTED, "form.number"));
        }
        problems.update(found);
    }

    public void save() {
        problems.markAttempted();
        if (saving.get()) {
            return;
        }
        if (problems.any()) {
            message.set(messages.text("session.hasProblems"));
            return;
        }
        CaseloadRow who = candidate.get();
        UUID coachId = loggedBy.get() != null ? loggedBy.get()
                : file == null ? who.coachId() : file.candidate().coachId();
        CoachingSession session = draft.session(who.id(), coachId);
        PlanAction action = draft.followUpAction(session);
        saving.set(true);
        background.run(() -> {
            CaseloadStore s = store.get();
            s.sessions().save(session);
            if (action != null) {
                s.plans().saveAction(action);
            }
        }).onSuccess(done -> {
            saving.set(false);
            close.run();
            navigator.caseloadChanged();
            navigator.status(messages.format("session.saved", who.displayName()));
        }).onError(e -> {
            saving.set(false);
            message.set(messages.format("session.saveFailed", String.valueOf(e.getMessage())));
        }).start();
    }

    public void cancel() {
        close.run();
    }
}
