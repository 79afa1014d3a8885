package nl.werkmap.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.validation.SessionValidator;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.Text;

/**
 * The sessions tab: every contact moment, newest first; new ones come from "Sessie vastleggen". The chosen
 * session opens in the form below the list, to correct it (through {@link SessionService}, change-logged and
 * synced like a new record) or delete it, with undo.
 */
public final class SessionsViewModel extends TabViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    final ObservableList<CoachingSession> sessions = FXCollections.observableArrayList();
    final ObjectProperty<CoachingSession> editing = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty minutes = new SimpleStringProperty("");
    final StringProperty hours = new SimpleStringProperty("");
    final ObjectProperty<SessionType> type = new SimpleObjectProperty<>();
    final ObjectProperty<SessionLocation> location = new SimpleObjectProperty<>();
    final StringProperty wentWell = new SimpleStringProperty("");
    final StringProperty concerns = new SimpleStringProperty("");
    final StringProperty agreements = new SimpleStringProperty("");
    /** Why a session in a week the team lead approved is changed; asked only for such a week (a new one each time). */
    final StringProperty correctionReason = new SimpleStringProperty("");
    /** The chosen session lies in an approved (locked) week: the form asks for {@link #correctionReason}. */
    final BooleanProperty reasonNeeded = new SimpleBooleanProperty(false);
    /** Counts the saves refused for want of that reason: the view puts the cursor in the field at each. */
    final javafx.beans.property.IntegerProperty reasonAsked = new javafx.beans.property.SimpleIntegerProperty();
    final FormProblems problems;
    final InputState input;
    private final Clock clock;
    /** The service's refusal of the last save, read on the FX thread once that save is reported as failed. */
    private volatile List<ValidationProblem> refusal = List.of();

    public SessionsViewModel(CandidateViewModel candidate) {
        this(candidate, Clock.systemDefaultZone());
    }

    public SessionsViewModel(CandidateViewModel candidate, Clock clock) {
        super(candidate);
        this.clock = clock;
        problems = new FormProblems(messages);
        Observable[] fields = {editing, date, time, minutes, hours, type, location, wentWell, concerns, agreements,
                correctionReason, reasonNeeded};
        input = new InputState(() -> List.of(String.valueOf(date.get()), time.get(), minutes.get(), hours.get(),
                String.valueOf(type.get()), String.valueOf(location.get()), wentWell.get(), concerns.get(),
                agreements.get(), correctionReason.get()), fields);
        track(input);
        for (Observable o : fields) {
            o.addListener(obs -> check());
        }
    }

    @Override
    protected String tabKey() {
        return "candidate.tab.sessions";
    }

    /** Same list object: the refresh after a save did not read the sessions again. */
    @Override
    protected boolean shows(CandidateFile old, CandidateFile now) {
        return old.sessions() != now.sessions();
    }

    @Override
    protected void show(CandidateFile file) {
        sessions.setAll(file.sessions());
        CoachingSession open = editing.get();
        if (open == null) {
            return;
        }
        CoachingSession now = file.sessions().stream().filter(s -> s.id().equals(open.id())).findFirst().orElse(null);
        if (now == null) {
            edit(null);
        } else if (!input.isUnsaved()) {
            // Saved here or elsewhere (sync): show what is stored. Typed input is never overwritten.
            edit(now);
        } else {
            editing.set(now);
        }
    }

    /** Fills the form with a session (null: empty form). A form with unsaved input asks first (controller). */
    void edit(CoachingSession s) {
        editing.set(s);
        date.set(s == null ? null : s.startsAt().toLocalDate());
        time.set(s == null ? "" : TIME.format(s.startsAt().toLocalTime()));
        minutes.set(s == null ? "" : String.valueOf(s.durationMinutes()));
        hours.set(s == null ? "" : Text.decimal(s.hoursAccounted()));
        type.set(s == null ? null : s.type());
        location.set(s == null ? null : s.location());
        wentWell.set(s == null ? "" : Text.orEmpty(s.wentWell()));
        concerns.set(s == null ? "" : Text.orEmpty(s.concerns()));
        agreements.set(s == null ? "" : Text.orEmpty(s.agreements()));
        correctionReason.set("");
        reasonNeeded.set(false);
        problems.reset();
        input.markClean();
        check();
        if (s != null) {
            askWhetherLocked(s);
        }
    }

    /** Whether the session's week is approved is read in the background; the reason field shows when it is. */
    private void askWhetherLocked(CoachingSession s) {
        candidate.background().call(() -> new SessionService(candidate.store(), clock).inApprovedWeek(s))
                .onSuccess(locked -> {
                    CoachingSession open = editing.get();
                    if (open != null && open.id().equals(s.id()) && locked) {
                        reasonNeeded.set(true);
                        check();
                    }
                }).onError(e -> refuse(messages.format("session.edit.lockUnknown", Background.reason(messages, e))))
                .start();
    }

    /** "gepland", "nog afronden", "niet doorgegaan"; empty for a session that happened. */
    String state(CoachingSession s) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (s.missed()) {
            // The reason is in the Tijdlijn; the column stays narrow so the date and kind keep their room.
            return messages.text("appointment.state.missed");
        }
        if (s.toFinishAt(now)) {
            return messages.text("appointment.state.toFinish");
        }
        return s.isPlannedAt(now) ? messages.text("appointment.state.planned") : "";
    }

    String attendees(CoachingSession session) {
        return session.attendees().stream().map(messages::enumText).collect(Collectors.joining(", "));
    }

    /** The session as corrected in the form, or null when a field cannot be read. */
    private CoachingSession typed() {
        CoachingSession s = editing.get();
        LocalTime t = parsedTime();
        Integer m = parsedMinutes();
        Double h = parsedHours();
        if (s == null || t == null || m == null || h == null || date.get() == null || m < 0 || h < 0) {
            return null;
        }
        // Only a reason typed now counts: the one stored with an earlier correction explains that one.
        String reason = Text.orNull(correctionReason.get());
        return new CoachingSession(s.id(), s.candidateId(), s.placementId(), s.coachId(),
                LocalDateTime.of(date.get(), t), m, location.get(), type.get(), s.attendees(),
                Text.orNull(wentWell.get()), Text.orNull(concerns.get()), Text.orNull(agreements.get()), h,
                s.place(), s.state(), s.missedReason(),
                reason == null ? s.logboek() : s.logboek().withCorrectionReason(reason));
    }

    private void check() {
        if (editing.get() == null) {
            problems.update(List.of());
            return;
        }
        List<ValidationProblem> found = new ArrayList<>();
        if (date.get() == null) {
            found.add(new ValidationProblem(SessionValidator.STARTS_AT, "validation.required"));
        } else if (parsedTime() == null) {
            found.add(new ValidationProblem(SessionValidator.STARTS_AT, "form.time"));
        }
        if (parsedMinutes() == null) {
            found.add(new ValidationProblem(SessionValidator.DURATION_MINUTES, "form.number"));
        }
        if (parsedHours() == null) {
            found.add(new ValidationProblem(SessionValidator.HOURS_ACCOUNTED, "form.number"));
        }
        CoachingSession s = typed();
        if (s != null) {
            // A session that took place cannot be moved into the future: said at the date and time.
            for (ValidationProblem p : SessionValidator.validateAt(s, LocalDateTime.now(clock))) {
                found.add(p.field().equals(SessionValidator.STATE)
                        ? new ValidationProblem(SessionValidator.STARTS_AT, p.messageKey()) : p);
            }
        } else if (type.get() == null || location.get() == null) {
            found.add(new ValidationProblem(type.get() == null ? SessionValidator.TYPE : SessionValidator.LOCATION,
                    "validation.required"));
        }
        // Asked from the first change on: opening a session of an approved week to read it is no mistake.
        if (reasonNeeded.get() && correctionReason.get().isBlank() && input.isUnsaved()) {
            found.add(new ValidationProblem(SessionService.CORRECTION_REASON, SessionService.WEEK_APPROVED));
        }
        problems.update(found);
    }

    /** "Correctie opslaan": refused in place while a field is wrong; the input stays. */
    void saveCorrection() {
        saveNow(ok -> { });
    }

    @Override
    public void saveNow(Consumer<Boolean> done) {
        problems.markAttempted();
        CoachingSession s = typed();
        if (editing.get() == null) {
            done.accept(false);
            return;
        }
        if (problems.any() || s == null) {
            refuse(messages.text("session.edit.hasProblems"));
            if (problems.problemFor(SessionService.CORRECTION_REASON) != null) {
                reasonAsked.set(reasonAsked.get() + 1);
            }
            done.accept(false);
            return;
        }
        refusal = List.of();
        save(store -> correct(store, s), "session.edit.saved", () -> {
            editing.set(s);
            correctionReason.set("");
            input.markClean();
        }, saved -> {
            if (!saved) {
                explainRefusal();
            }
            done.accept(saved);
        });
    }

    /** The correction through the service; a refusal by the rules is kept to be shown at its field. */
    private void correct(nl.werkmap.store.CaseloadStore store, CoachingSession s) {
        try {
            new SessionService(store, clock).correct(s);
        } catch (SessionService.InvalidSession e) {
            refusal = e.problems();
            throw e;
        }
    }

    /**
     * A refusal by the rules, said in the coach's words at its field; the typed input stays. A week approved
     * meanwhile (by the team lead, through a sync) brings the reason field up now.
     */
    private void explainRefusal() {
        List<ValidationProblem> refused = refusal;
        if (refused.isEmpty()) {
            return;
        }
        boolean forReason = refused.stream().anyMatch(p -> p.field().equals(SessionService.CORRECTION_REASON));
        if (forReason) {
            reasonNeeded.set(true);
        }
        check();
        refuse(messages.format("session.edit.refused", String.join(" ",
                refused.stream().map(p -> messages.text(p.messageKey())).distinct().toList())));
        if (forReason) {
            reasonAsked.set(reasonAsked.get() + 1);
        }
    }

    /** Puts back what is stored for the session, dropping the typed correction. */
    void revert() {
        edit(editing.get());
        message.set("");
    }

    void delete(CoachingSession s) {
        if (s == null) {
            refuse(messages.text("session.noneSelected"));
            return;
        }
        if (editing.get() != null && editing.get().id().equals(s.id())) {
            edit(null);
        }
        java.util.UUID group = s.logboek() == null ? null : s.logboek().groupId();
        if (group != null) {
            // A group session is one appointment with several candidates: it goes, and comes back, as a whole,
            // so the others' even shares of its hours stay right.
            List<List<CoachingSession>> was = new java.util.concurrent.CopyOnWriteArrayList<>();
            delete(store -> was.add(new SessionService(store).deleteGroup(group)), describe(s),
                    store -> new SessionService(store).restoreGroup(was.isEmpty() ? List.of(s) : was.get(0)));
            return;
        }
        delete(store -> new SessionService(store).delete(s.id()), describe(s),
                store -> new SessionService(store).restore(s));
    }

    String describe(CoachingSession s) {
        String day = new Dates(messages).format(s.startsAt());
        if (s.logboek() != null && s.logboek().groupId() != null) {
            return messages.format("session.describeGroup", day, s.logboek().groupSize());
        }
        return messages.format("session.describe", day);
    }

    private LocalTime parsedTime() {
        try {
            return LocalTime.parse(time.get().strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Integer parsedMinutes() {
        try {
            return Integer.valueOf(minutes.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Double parsedHours() {
        try {
            return Text.decimal(hours.get());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void logSession() {
        candidate.logSession();
    }
}
