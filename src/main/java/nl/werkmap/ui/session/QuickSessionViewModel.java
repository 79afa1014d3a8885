package nl.werkmap.ui.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import nl.werkmap.service.HoursCheckService;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.store.repo.SessionDrafts;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.MessageTone;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.Scheduler;
import nl.werkmap.ui.common.UnsavedForm;

/**
 * "Sessie vastleggen": pick the candidate (type-ahead, or the one already open), keep the defaults for a
 * workplace visit, type the three notes and save with Ctrl+Enter. A follow-up action is stored with the session,
 * in one transaction ({@link SessionService}). What is typed is kept as a sealed draft a moment after typing stops
 * (on the scheduler's thread), offered back when the flow opens for that candidate again, and removed on save or
 * when the coach throws it away.
 */
public final class QuickSessionViewModel implements UnsavedForm {

    private static final Logger LOG = LoggerFactory.getLogger(QuickSessionViewModel.class);
    private static final DateTimeFormatter DRAFT_TIME = DateTimeFormatter.ofPattern("HH:mm");

    static final String CANDIDATE = SessionFormCheck.CANDIDATE;
    static final String TRAVEL = SessionFormCheck.TRAVEL;
    private static final int MAX_MATCHES = 8;

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    private final Runnable close;
    /** The kept draft, written a moment after typing stops. */
    private final DraftWrites draftWrites;
    /** What an opening reads for the picked candidate, read ahead while their page shows where it can be. */
    private final SheetReads reads;
    private CaseloadIndex index = CaseloadIndex.build(List.of());
    private Supplier<CaseloadIndex> caseload = () -> null;
    private CandidateFile file;
    /** The candidate picked whose file is still being read (null when none is): the hours check waits for it. */
    private CaseloadRow filling;
    /** The coach working on this laptop (null if unknown): sessions are logged in their name. */
    private Supplier<UUID> loggedBy = () -> null;
    /** The form is being filled from what was read (FX thread): those changes are not the coach's input. */
    private boolean fillingForm;

    /** Today for the form's defaults, the logboek's day and the checks; a test gives a fixed one. */
    private final java.time.Clock clock;
    final SessionDraft draft;
    final FormProblems problems;
    final StringProperty search = new SimpleStringProperty("");
    final ObservableList<CaseloadRow> matches = FXCollections.observableArrayList();
    final ObjectProperty<CaseloadRow> candidate = new SimpleObjectProperty<>();
    final ObservableList<PlacementFile> placements = FXCollections.observableArrayList();
    /** The chosen candidate's coachingsplan goals of the current half year, for the logboek's goal picker. */
    final ObservableList<nl.werkmap.domain.PlanGoal> goals = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    /** How {@link #message} looks: a note in the muted colour, a refusal or failure in red. */
    final ObjectProperty<MessageTone> messageTone = new SimpleObjectProperty<>(MessageTone.ERROR);
    final BooleanProperty saving = new SimpleBooleanProperty(false);
    final BooleanProperty picking = new SimpleBooleanProperty(true);
    /** A kept draft was put back in the form; the coach may throw it away. */
    final BooleanProperty draftRestored = new SimpleBooleanProperty(false);
    final StringProperty draftNote = new SimpleStringProperty("");
    /** The form completes a planned appointment of today (its note shows in {@link #draftNote}). */
    final BooleanProperty completesAppointment = new SimpleBooleanProperty(false);
    final BooleanProperty open = new SimpleBooleanProperty(false);
    final InputState input;
    /** What an auditor would question in the coach's day with this session in it, shown as they type. */
    final HoursCheckLine hoursCheck;
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);

    public QuickSessionViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                                 Navigator navigator, Runnable close) {
        this(messages, background, store, navigator, close, Scheduler.daemon("werkmap-concept"));
    }

    public QuickSessionViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                                 Navigator navigator, Runnable close, Scheduler scheduler) {
        this(messages, background, store, navigator, close, scheduler, java.time.Clock.systemDefaultZone());
    }

    public QuickSessionViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                                 Navigator navigator, Runnable close, Scheduler scheduler, java.time.Clock clock) {
        this.clock = clock;
        this.draft = new SessionDraft(clock);
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.navigator = navigator;
        this.close = close;
        this.draftWrites = new DraftWrites(scheduler);
        this.reads = new SheetReads(background, store, scheduler, clock, () -> loggedBy.get(), open::get);
        this.problems = new FormProblems(messages);
        this.hoursCheck = new HoursCheckLine(messages, background, store);
        List<Observable> fields = new ArrayList<>(List.of(draft.type, draft.location, draft.date, draft.time,
                draft.minutes, draft.hours, draft.placement, draft.wentWell, draft.concerns, draft.agreements,
                draft.followUp, draft.followUpDue, draft.activity, draft.travel, draft.dayReason));
        fields.addAll(draft.attendees.values());
        this.input = new InputState(() -> DraftContent.of(draft), fields.toArray(new Observable[0]));
        BooleanBinding shownAndTyped = Bindings.and(open, input.unsavedProperty());
        unsaved.bind(shownAndTyped);
        for (Observable o : fields) {
            o.addListener(obs -> planDraftWrite());
        }
        search.addListener((obs, old, now) -> {
            CaseloadRow picked = candidate.get();
            if (picked == null || !picked.displayName().equals(now)) {
                candidate.set(null);
                picking.set(true);
                matches.setAll(limit(index.filter(now, CaseloadFilter.ANY)));
            }
        });
        for (Observable o : new Observable[] {candidate, draft.date, draft.time, draft.minutes, draft.hours,
                draft.type, draft.location, draft.travel, draft.dayReason, hoursCheck.reasonNeeded}) {
            o.addListener(obs -> check());
        }
        for (Observable o : new Observable[] {candidate, draft.date, draft.time, draft.minutes, draft.hours,
                draft.travel, draft.placement, draft.dayReason}) {
            o.addListener(obs -> checkHours());
        }
        check();
    }

    private void error(String text) {
        messageTone.set(MessageTone.ERROR);
        message.set(text);
    }

    private void info(String text) {
        messageTone.set(MessageTone.INFO);
        message.set(text);
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
        // A session will be saved: the day's integrity check of the file, if still held back, goes on unheld now.
        store.get().integrity().writeComing();
        cancelDraftWrite();
        draftRestored.set(false);
        completesAppointment.set(false);
        draft.reset(LocalDateTime.now(clock));
        hoursCheck.clear();
        input.markClean();
        open.set(true);
        problems.reset();
        message.set("");
        candidate.set(null);
        filling = null;
        file = null;
        placements.clear();
        goals.clear();
        search.set("");
        CaseloadIndex known = caseload.get();
        if (known != null) {
            // The caseload list already holds every candidate: picking from it costs no read at all.
            showCandidates(known, candidateId);
            return;
        }
        background.call(() -> CaseloadIndex.build(store.get().caseloadQuery().load()))
                .onSuccess(loaded -> showCandidates(loaded, candidateId))
                .onError(e -> error(messages.format("session.loadFailed", String.valueOf(e.getMessage()))))
                .start();
    }

    /**
     * Where the candidates to pick from come from: the caseload list's own index once it is read (null before),
     * so opening the flow does not read the whole caseload again.
     */
    public void caseloadFrom(Supplier<CaseloadIndex> loaded) {
        this.caseload = Objects.requireNonNull(loaded);
    }

    /**
     * Runs the reads of an opening once, for the list's first candidate, on the bulk lane while nobody waits: the
     * first "Sessie vastleggen" of the session then finds the classes loaded, the queries made and the code warm,
     * instead of paying for all that while the coach waits (issue 13: that first opening cost twice a later one).
     * Nothing is written and the form is not touched; the answers are dropped. Does nothing before the list is read
     * or while the sheet is open.
     */
    public void warmUp() {
        CaseloadIndex known = caseload.get();
        if (known == null || known.all().isEmpty() || open.get()) {
            return;
        }
        CaseloadRow row = known.all().get(0);
        UUID coach = loggedBy.get() != null ? loggedBy.get() : row.coachId();
        // The form's defaults as a session of that candidate: the hours check reads the coach's week with it.
        CoachingSession probe = draft.session(row.id(), coach);
        LocalDate today = LocalDate.now(clock);
        background.run(() -> {
            CaseloadStore s = store.get();
            s.candidateFiles().forSessionOn(row.id(), today);
            s.sessionDrafts().find(row.id());
            s.plans().goalsOf(row.id());
            new HoursCheckService(store).withPending(probe);
        }).inBulkLane().onError(e -> LOG.warn("Voorbereiding van 'Sessie vastleggen' mislukt; de eerste keer openen"
                + " duurt wat langer", e)).start();
    }

    private void showCandidates(CaseloadIndex loaded, UUID candidateId) {
        index = loaded;
        matches.setAll(limit(index.all()));
        if (candidateId != null) {
            index.row(candidateId).ifPresent(this::pick);
        }
    }

    void pick(CaseloadRow row) {
        if (row == null) {
            return;
        }
        if (completesAppointment.get()) {
            // Another candidate: the appointment taken over belongs to the one before.
            draft.forgetAppointment();
            completesAppointment.set(false);
        }
        // Set first: picking sets fields whose listeners would check the hours before the placement is known.
        filling = row;
        candidate.set(row);
        search.set(row.displayName());
        picking.set(false);
        // Only today's sessions are read (an appointment this visit may complete), not the whole trajectory's notes.
        // The file, a kept draft and the plan's goals come in one read: each extra trip to the worker and back is a
        // wait the coach sees on a busy laptop. The day's hours are checked once, after the form is filled.
        LocalDate today = LocalDate.now(clock);
        reads.load(row, today, () -> row.equals(candidate.get()), new SheetReads.Filler() {
            @Override
            public void ahead(SheetReadAhead.Ready ready) {
                hoursCheck.weekAhead(ready);
                fill(row, ready.picked(), today);
            }

            @Override
            public void read(SheetReadAhead.Picked picked) {
                fill(row, picked, today);
            }

            @Override
            public void failed(Exception e) {
                if (row.equals(candidate.get())) {
                    filled(row);
                }
                error(messages.format("session.loadFailed", String.valueOf(e.getMessage())));
            }
        });
    }

    /**
     * Puts what was read for the picked candidate in the form: placement, kept draft, appointment, goals. What is
     * filled in here is not the coach's input: it plans no draft of its own (it used to, so a sheet left open for a
     * moment kept the untouched defaults as a draft and offered them back next time as "Concept hersteld").
     */
    private void fill(CaseloadRow row, SheetReadAhead.Picked picked, LocalDate today) {
        fillingForm = true;
        try {
            fillForm(row, picked, today);
        } finally {
            fillingForm = false;
        }
        if (input.isUnsaved()) {
            // Typed while the file was on its way: kept as a draft with what was filled in around it.
            planDraftWrite();
        }
    }

    private void fillForm(CaseloadRow row, SheetReadAhead.Picked picked, LocalDate today) {
        CandidateFile loaded = picked.file();
        if (loaded == null) {
            filled(row);
            return;
        }
        file = loaded;
        boolean typedBefore = input.isUnsaved();
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
        // Filled in for the coach, not typed: only what differs from here on is unsaved input.
        if (!typedBefore) {
            input.markClean();
        }
        offerBack(picked.kept());
        if (!draftRestored.get() && !input.isUnsaved()) {
            completeTodaysAppointment(loaded);
        }
        showGoals(picked.goals(), today);
        filled(row);
    }

    /**
     * The coach looks at this candidate's page (null: at none): once the lanes are idle, what opening the sheet for
     * them reads is read ahead on the scheduler's thread (their file for today, a kept draft, the plan's goals and the coach's
     * week for the hours check), so the sheet opens filled without a trip to the worker (issue 13). Nothing is
     * written. Any write before the opening makes the opening read again as before.
     */
    public void readAheadFor(UUID candidateId) {
        reads.aheadFor(candidateId);
    }

    /**
     * How the read ahead waits for a quiet moment: the app runs it once the lanes are idle and the window has
     * painted, so it never delays what the coach waits for. Without this it runs at once (tests).
     */
    public void readAheadWhen(Consumer<Runnable> idle) {
        reads.aheadWhen(idle);
    }

    /**
     * A write of our own is on its way (a save, a draft thrown away) and the form may be filled again before it has
     * ended (and moved the write stamp): what was read ahead is not used. A kept draft needs no call here: the sheet
     * is not filled again while it is open, and the write moves the stamp.
     */
    private void forgetReadAhead() {
        reads.forget();
        hoursCheck.weekAhead(null);
    }

    /** The picked candidate's file is in the form (or could not be read): the day's hours are checked now, once. */
    private void filled(CaseloadRow row) {
        if (row.equals(filling)) {
            filling = null;
            checkHours();
        }
    }

    /**
     * A planned appointment today (no hours, no one present, no notes yet) is what this visit completes: the form
     * takes it over, so the appointment becomes the logged session instead of a second session beside it.
     */
    private void completeTodaysAppointment(CandidateFile loaded) {
        LocalDate today = LocalDate.now(clock);
        loaded.sessions().stream()
                .filter(s -> s.startsAt() != null && s.startsAt().toLocalDate().equals(today) && !s.missed())
                .filter(s -> s.hoursAccounted() == 0 && s.attendees().isEmpty() && s.wentWell() == null
                        && s.concerns() == null && s.agreements() == null)
                .findFirst().ifPresent(appointment -> {
                    draft.completes(appointment);
                    input.markClean();
                    completesAppointment.set(true);
                    draftNote.set(messages.format("session.appointment.completes",
                            DRAFT_TIME.format(appointment.startsAt())));
                });
    }

    /** A draft kept from before (a crash, a closed window) goes back in the form, unless the coach typed already. */
    private void offerBack(SessionDrafts.Draft kept) {
        if (kept == null || input.isUnsaved()) {
            return;
        }
        DraftContent content = DraftContent.parse(kept.content());
        if (content == null) {
            return;
        }
        content.applyTo(draft, placements);
        draftRestored.set(true);
        draftNote.set(messages.format("session.draft.restored",
                DRAFT_TIME.format(kept.savedAt().atZone(ZoneId.systemDefault()))));
    }

    /** Called on every change: writes the draft once typing has paused, off the FX thread. */
    private void planDraftWrite() {
        CaseloadRow who = candidate.get();
        if (fillingForm || !open.get() || who == null || !input.isUnsaved()) {
            return;
        }
        draftWrites.plan(store.get(), who.id(), DraftContent.of(draft).json());
    }

    private void cancelDraftWrite() {
        draftWrites.cancel();
    }

    /** Enter in the search field: the highlighted match, else the first one. */
    void pickFirstOr(CaseloadRow highlighted) {
        pick(highlighted != null ? highlighted : matches.isEmpty() ? null : matches.get(0));
    }

    /** The coach the session is logged for: the one at this laptop, else the candidate's own coach. */
    private UUID coachId() {
        CaseloadRow who = candidate.get();
        if (loggedBy.get() != null) {
            return loggedBy.get();
        }
        return who == null ? null : file == null ? who.coachId() : file.candidate().coachId();
    }

    private void checkHours() {
        CaseloadRow who = candidate.get();
        if (who != null && who.equals(filling)) {
            // Its placement and a kept draft are still on their way: checked once when they are in (filled).
            return;
        }
        if (!open.get() || who == null || draft.parsedTime() == null || draft.parsedHours() == null
                || draft.parsedTravel() == null) {
            hoursCheck.clear();
            return;
        }
        hoursCheck.refresh(draft.session(who.id(), coachId()));
    }

    private void check() {
        problems.update(SessionFormCheck.problems(draft, candidate.get(), hoursCheck.reasonNeeded.get(),
                LocalDateTime.now(clock)));
    }

    public void save() {
        save(ok -> { });
    }

    private void save(Consumer<Boolean> done) {
        problems.markAttempted();
        if (saving.get()) {
            done.accept(false);
            return;
        }
        if (problems.any()) {
            error(messages.text("session.hasProblems"));
            done.accept(false);
            return;
        }
        CaseloadRow who = candidate.get();
        CoachingSession session = draft.session(who.id(), coachId());
        PlanAction action = draft.followUpAction(session);
        saving.set(true);
        cancelDraftWrite();
        forgetReadAhead();
        background.run(() -> new SessionService(store.get()).logSession(session, action)).onSuccess(result -> {
            saving.set(false);
            input.markClean();
            closeSheet();
            navigator.candidateChanged(who.id());
            navigator.status(messages.format("session.saved", who.displayName()));
            done.accept(true);
        }).onError(e -> {
            saving.set(false);
            error(messages.format("session.saveFailed", refusal(e)));
            planDraftWrite();
            done.accept(false);
        }).start();
    }

    /** A refusal by the rules in the coach's words; any other failure as it came. */
    private String refusal(Throwable e) {
        Throwable cause = e instanceof Background.TaskFailure && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SessionService.InvalidSession invalid) {
            return String.join(" ", invalid.problems().stream().map(p -> messages.text(p.messageKey())).toList());
        }
        return Background.reason(messages, e);
    }

    /** Closes without asking; the caller asked first when there was unsaved input. */
    public void cancel() {
        closeSheet();
    }

    /** Esc or "Annuleren": whether to ask before closing. */
    boolean hasUnsavedInput() {
        return input.isUnsaved();
    }

    /** "Niet opslaan": the typed input and its kept draft go. */
    public void discardAndClose() {
        discard(() -> { });
        closeSheet();
    }

    /** "Concept weggooien": back to a fresh form for the same candidate. */
    void throwDraftAway() {
        CaseloadRow who = candidate.get();
        discard(() -> { });
        draftRestored.set(false);
        completesAppointment.set(false);
        draft.reset(LocalDateTime.now(clock));
        input.markClean();
        info(messages.text("session.draft.discarded"));
        if (who != null) {
            pick(who);
        }
    }

    private void closeSheet() {
        cancelDraftWrite();
        open.set(false);
        close.run();
        // Not read ahead again here: closed without a write, what was read still holds; after a save a second
        // session for the same candidate is rare, and the read would compete with the page and list being updated.
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    @Override
    public String formName() {
        return messages.text("session.title");
    }

    @Override
    public void saveNow(Consumer<Boolean> done) {
        save(done);
    }

    @Override
    public void discard(Runnable done) {
        cancelDraftWrite();
        forgetReadAhead();
        input.markClean();
        CaseloadRow who = candidate.get();
        if (who == null) {
            done.run();
            return;
        }
        background.run(() -> store.get().sessionDrafts().discard(who.id())).onSuccess(v -> done.run())
                .onError(e -> {
                    error(messages.format("session.draft.discardFailed", Background.reason(messages, e)));
                    done.run();
                }).start();
    }

    /** The logboek's goal picker offers the current half year's coachingsplan goals still running. */
    private void showGoals(List<nl.werkmap.domain.PlanGoal> all, LocalDate today) {
        goals.setAll(nl.werkmap.domain.validation.CoachingsplanRules.currentGoals(all, today).stream()
                .filter(g -> !g.isEnded()).toList());
    }
}
