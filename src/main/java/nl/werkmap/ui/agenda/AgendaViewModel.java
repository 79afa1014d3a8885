package nl.werkmap.ui.agenda;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.service.CalendarFile;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.week.WeekEntry;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CurrentCoachModel;
import nl.werkmap.ui.common.MessageTone;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A coach's day and week: "Vandaag" (overdue first, then today's appointments and what falls due) and "Deze week"
 * (the days up to Sunday). Defaults to the candidates of the coach working on this laptop; "Alle kandidaten" shows
 * everyone. Read set-based by {@link WeekAgenda} in the background; names are opened only for the lines shown.
 */
public final class AgendaViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaViewModel.class);

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    private final CurrentCoachModel who;
    private final Clock clock;

    final ObservableList<WeekAgenda.Line> today = FXCollections.observableArrayList();
    final ObservableList<WeekAgenda.Line> week = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    /** How {@link #message} looks: a note muted, a refusal or failure red. */
    final ObjectProperty<MessageTone> tone = new SimpleObjectProperty<>(MessageTone.INFO);
    /** "12 oudere achterstallige punten tonen" while older overdue items are counted, not listed; else empty. */
    final StringProperty older = new SimpleStringProperty("");
    /** The coach asked to list the overdue items older than eight weeks too. */
    final BooleanProperty olderShown = new SimpleBooleanProperty(false);
    /** True while the older overdue items are being counted after the lists were shown (the line cannot be used). */
    final BooleanProperty olderCounting = new SimpleBooleanProperty(false);
    /** Reloads begun (FX thread): a count is shown only for the latest. */
    private int loads;
    /** "Afspraak met Jan: niet doorgegaan." while that state change can be undone (Ctrl+Z); else empty. */
    final StringProperty undoText = new SimpleStringProperty("");
    private CoachingSession undoTo;
    /** Said when "Alle kandidaten" holds more lines than the lists show. */
    final StringProperty more = new SimpleStringProperty("");
    final StringProperty todayTitle = new SimpleStringProperty("");
    final StringProperty weekTitle = new SimpleStringProperty("");
    /** "Alle kandidaten": off shows only the current coach's (when known). */
    final BooleanProperty allCandidates = new SimpleBooleanProperty(false);
    private LocalDate shownDay;
    private Supplier<CaseloadIndex> caseload = () -> null;
    /** The werklijst's deadlines kept between loads while nothing is written (showing the agenda again, "older"). */
    private final DeadlineCache deadlines = new DeadlineCache();
    /** The last week read whole with the stamp it was read at (FX thread): shown at once while nothing is written. */
    private KeptWeek kept;
    /** The read ahead running, or null (FX thread). */
    private ReadAhead ahead;
    /** The lines last put in {@link #today} and {@link #week}: the same again are not put in again. */
    private List<WeekAgenda.Line> listedToday;
    private List<WeekAgenda.Line> listedRest;

    public AgendaViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                           Navigator navigator, CurrentCoachModel who, Clock clock) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.navigator = navigator;
        this.who = who;
        this.clock = clock;
        allCandidates.addListener((obs, old, now) -> reload());
        who.coach.addListener((obs, old, now) -> reload());
    }

    /**
     * Where the planning form's candidates come from: the caseload list's index once read (null before), so
     * opening the form does not read the whole caseload again.
     */
    public void caseloadFrom(Supplier<CaseloadIndex> loaded) {
        this.caseload = java.util.Objects.requireNonNull(loaded);
    }

    /** The caseload list's index, or null when it is not read yet. */
    CaseloadIndex knownCaseload() {
        return caseload.get();
    }

    Background background() {
        return background;
    }

    Supplier<CaseloadStore> store() {
        return store;
    }

    CurrentCoachModel who() {
        return who;
    }

    Clock clock() {
        return clock;
    }

    Navigator navigator() {
        return navigator;
    }

    /** The coach whose candidates are shown, or null for everyone. */
    UUID scope() {
        return allCandidates.get() ? null : who.id();
    }

    /**
     * Reads the week again: the lists first, then (unless the older items are listed) the count of older overdue
     * items, which is a read of twelve months on its own; "Oudere achterstallige punten tellen…" stands in the
     * count line meanwhile. A count that arrives after a newer reload began is dropped. A week kept from a read
     * with nothing written since (the last one shown, or one read ahead) is shown at once, without a read; while a
     * read ahead of the same week runs, this waits for it instead of reading the same rows beside it.
     */
    public void reload() {
        UUID coach = scope();
        boolean withOlder = olderShown.get();
        int load = ++loads;
        CaseloadStore s = store.get();
        if (kept != null && kept.serves(s, coach, LocalDate.now(clock), withOlder)) {
            showLists(kept.week(), coach);
            showOlder(kept.week());
            return;
        }
        if (ahead != null && java.util.Objects.equals(ahead.coach(), coach) && ahead.withOlder() == withOlder
                && ahead.store() == s) {
            ahead = ahead.waitedForBy(load);
            return;
        }
        // Taken before the read: a write that ends during it moves the stamp, so the week is not kept as current.
        long stamp = s.writeStamp();
        WeekAgenda agenda = new WeekAgenda(clock, deadlines);
        background.call(() -> agenda.lists(s, coach, withOlder)).onSuccess(shown -> {
            WeekAgenda.Week loaded = shown.week();
            showLists(loaded, coach);
            if (shown.counted()) {
                showOlder(loaded);
                kept = new KeptWeek(s, coach, withOlder, stamp, loaded);
            } else {
                olderCounting.set(true);
                older.set(messages.text("agenda.older.counting"));
                count(load, agenda, s, coach, shown, stamp);
            }
        }).onError(e -> error(messages.format("agenda.loadFailed", String.valueOf(e.getMessage()))))
                .inBulkLane().start();
    }

    /**
     * Reads the week the Agenda would show now (its scope, "older" as chosen) on the bulk lane and keeps it, so the
     * next opening shows it at once when nothing was written before then (at 150,000 candidates the werklijst's
     * deadlines alone are 0.3-0.6 s of a core, the first read after an unlock seconds). Does nothing while such a
     * week is being read; {@code then} runs (FX thread) once such a week is kept, at once when it is already.
     * FX thread.
     */
    public void readAhead(Runnable then) {
        UUID coach = scope();
        boolean withOlder = olderShown.get();
        CaseloadStore s = store.get();
        if (kept != null && kept.serves(s, coach, LocalDate.now(clock), withOlder)) {
            then.run();
            return;
        }
        if (ahead != null) {
            return;
        }
        ReadAhead reading = new ReadAhead(s, coach, withOlder, 0);
        ahead = reading;
        long stamp = s.writeStamp();
        WeekAgenda agenda = new WeekAgenda(clock, deadlines);
        background.call(() -> agenda.load(s, coach, withOlder)).onSuccess(week -> {
            kept = new KeptWeek(s, coach, withOlder, stamp, week);
            readAheadEnded();
            then.run();
        }).onError(e -> {
            // Nothing is lost: the Agenda reads when it opens, and says so if that fails too.
            LOG.debug("Week vooruit lezen mislukt", e);
            readAheadEnded();
        }).inBulkLane().start();
    }

    /**
     * Puts the kept week in the lists, when it serves, while the Agenda is not shown: a page made ahead is laid out
     * with it, and the opening that shows it finds these lines in place (issue 13).
     */
    public void showKept() {
        UUID coach = scope();
        if (kept != null && kept.serves(store.get(), coach, LocalDate.now(clock), olderShown.get())) {
            showLists(kept.week(), coach);
            showOlder(kept.week());
        }
    }

    /** Whether a week is kept that the Agenda could show now without reading. */
    public boolean weekKept() {
        return kept != null && kept.serves(store.get(), scope(), LocalDate.now(clock), olderShown.get());
    }

    /** The read ahead ended: a reload that waited for it goes on (shown from it, or read anew after a write). */
    private void readAheadEnded() {
        int waiting = ahead.waitingLoad();
        ahead = null;
        if (waiting != 0 && waiting == loads) {
            reload();
        }
    }

    /** The read ahead running: its store and scope, and the reload waiting for it (0: none). */
    private record ReadAhead(CaseloadStore store, UUID coach, boolean withOlder, int waitingLoad) {

        ReadAhead waitedForBy(int load) {
            return new ReadAhead(store, coach, withOlder, load);
        }
    }

    private void showLists(WeekAgenda.Week loaded, UUID coach) {
        message.set("");
        shownDay = loaded.today();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", messages.locale());
        todayTitle.set(messages.format("agenda.today", day.format(loaded.today())));
        weekTitle.set(messages.format("agenda.week", day.format(loaded.lastDay())));
        if (loaded.todayLines() != listedToday || loaded.rest() != listedRest) {
            // Put in again, every cell of both lists is filled and laid out anew: not for the lines already there.
            today.setAll(loaded.todayLines());
            week.setAll(loaded.rest());
            listedToday = loaded.todayLines();
            listedRest = loaded.rest();
        }
        more.set(loaded.notShown() ? messages.text(moreKey(coach, who.id())) : "");
    }

    /** Counts the older overdue items of lists read without them; the whole week is kept (read at {@code stamp}). */
    private void count(int load, WeekAgenda agenda, CaseloadStore s, UUID coach, WeekAgenda.Shown shown, long stamp) {
        background.call(() -> agenda.counted(s, coach, shown)).onSuccess(loaded -> {
            kept = new KeptWeek(s, coach, false, stamp, loaded);
            if (load == loads) {
                showOlder(loaded);
            }
        }).onError(e -> {
            if (load == loads) {
                olderCounting.set(false);
                older.set("");
                error(messages.format("agenda.loadFailed", String.valueOf(e.getMessage())));
            }
        }).inBulkLane().start();
    }

    private void showOlder(WeekAgenda.Week loaded) {
        olderCounting.set(false);
        older.set(loaded.olderShown() ? messages.text("agenda.older.hide") : loaded.olderOverdue() == 0 ? ""
                : messages.format("agenda.older.show", loaded.olderOverdue()));
    }

    /**
     * What the line under full lists advises: turning "Alle kandidaten" off only helps when everyone is shown and the
     * coach at this laptop is known (the box is greyed out otherwise); else the werklijst is the way to see it all.
     */
    static String moreKey(UUID scope, UUID currentCoach) {
        return scope == null && currentCoach != null ? "agenda.more" : "agenda.more.worklist";
    }

    /** The count line was clicked: list the older overdue items too, or again only the recent ones. */
    void toggleOlder() {
        olderShown.set(!olderShown.get());
        reload();
    }

    private void error(String text) {
        tone.set(MessageTone.ERROR);
        message.set(text);
    }

    private void info(String text) {
        tone.set(MessageTone.INFO);
        message.set(text);
    }

    void open(WeekAgenda.Line line) {
        if (line != null) {
            navigator.openCandidate(line.entry().candidateId());
        }
    }

    /**
     * Marks an action line done, or says an appointment took place (refused before its time); other lines are
     * handled in the candidate's file.
     */
    void markDone(WeekAgenda.Line line) {
        if (line != null && line.entry().kind() == WeekEntry.Kind.AFSPRAAK) {
            markAppointment(line, AppointmentState.GEDAAN, null);
            return;
        }
        if (line == null || line.entry().kind() != WeekEntry.Kind.ACTIE) {
            info(messages.text("agenda.noneSelected"));
            return;
        }
        UUID actionId = line.entry().refId();
        LocalDate day = LocalDate.now(clock);
        background.run(() -> {
            CaseloadStore s = store.get();
            PlanAction action = s.plans().findAction(actionId).orElseThrow(() -> new IllegalStateException(
                    messages.text("agenda.actionGone")));
            s.plans().saveAction(action.doneOn(day));
        }).onSuccess(v -> {
            navigator.status(messages.text("plan.action.done"));
            navigator.candidateChanged(line.entry().candidateId());
            reload();
        }).onError(e -> error(messages.format("tab.saveFailed", String.valueOf(e.getMessage())))).start();
    }

    /**
     * Says whether the appointment on this line took place: gedaan (not before its time: refused in place) or niet
     * doorgegaan with an optional reason (then it no longer counts as contact). Change-logged; Ctrl+Z undoes it.
     */
    void markAppointment(WeekAgenda.Line line, AppointmentState state, MissedReason reason) {
        if (line == null || line.entry().kind() != WeekEntry.Kind.AFSPRAAK) {
            info(messages.text("agenda.noAppointmentSelected"));
            return;
        }
        WeekEntry e = line.entry();
        LocalDateTime start = e.date().atTime(e.time() == null ? java.time.LocalTime.MIDNIGHT : e.time());
        if (state == AppointmentState.GEDAAN && start.isAfter(LocalDateTime.now(clock))) {
            error(messages.text("agenda.appointment.notYet"));
            return;
        }
        String what = state == AppointmentState.GEDAAN
                ? messages.format("agenda.appointment.done", line.roepnaam())
                : messages.format("agenda.appointment.missed", line.roepnaam());
        background.call(() -> new SessionService(store.get(), clock).changeState(e.refId(), state, reason))
                .onSuccess(was -> {
                    undoTo = was;
                    undoText.set(what);
                    message.set("");
                    navigator.status(what);
                    navigator.candidateChanged(e.candidateId());
                    reload();
                }).onError(x -> error(messages.format("tab.saveFailed", String.valueOf(x.getMessage())))).start();
    }

    /** Ctrl+Z or "Ongedaan maken": the appointment goes back to the state it had. */
    void undo() {
        CoachingSession was = undoTo;
        if (was == null) {
            return;
        }
        undoTo = null;
        String text = undoText.get();
        undoText.set("");
        background.run(() -> new SessionService(store.get(), clock).restore(was)).onSuccess(v -> {
            navigator.status(messages.text("undo.done"));
            navigator.candidateChanged(was.candidateId());
            reload();
        }).onError(x -> {
            undoTo = was;
            undoText.set(text);
            error(messages.format("undo.failed", String.valueOf(x.getMessage())));
        }).start();
    }

    /** "vandaag 10:00", "di 8 dec. 14:30", "vr 4 dec." for the when column; midnight means a whole-day item. */
    String when(LocalDateTime moment) {
        String day = moment.toLocalDate().equals(shownDay) ? messages.text("agenda.when.today")
                : DateTimeFormatter.ofPattern("EEE d MMM", messages.locale()).format(moment);
        return moment.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day
                : day + " " + DateTimeFormatter.ofPattern("HH:mm").format(moment);
    }

    /** Sorts the when column: day, then time; all-day items first. */
    static LocalDateTime moment(WeekAgenda.Line line) {
        WeekEntry e = line.entry();
        return e.time() == null ? e.date().atStartOfDay() : e.date().atTime(e.time());
    }

    /** What the line is, in words: "Afspraak: Werkplekbezoek", "Actie: Cv opsturen", "Einde proefplaatsing". */
    String what(WeekAgenda.Line line) {
        WeekEntry e = line.entry();
        String kind = messages.text(switch (e.kind()) {
            case AFSPRAAK -> "agenda.kind.AFSPRAAK";
            case ACTIE -> "agenda.kind.ACTIE";
            case EINDE_PROEFPLAATSING -> "agenda.kind.EINDE_PROEFPLAATSING";
            case HALFJAARRAPPORTAGE -> "agenda.kind.HALFJAARRAPPORTAGE";
            case LOONWAARDEMETING -> "agenda.kind.LOONWAARDEMETING";
            case SCHOOL_VERLATEN -> "agenda.kind.SCHOOL_VERLATEN";
            case TERMIJN -> "agenda.kind.TERMIJN";
        });
        return switch (e.kind()) {
            case AFSPRAAK -> kind + ": " + messages.enumText(e.type()) + appointmentState(e);
            case ACTIE -> kind + ": " + (e.text() == null ? "" : e.text());
            // A jobcoach deadline carries its werklijst kind: "Termijn: Aanvraag jobcoaching".
            case TERMIJN -> e.text() == null ? kind : kind + ": " + messages.text(deadlineKey(e.text()));
            default -> kind;
        };
    }

    /** The label key of a jobcoach deadline's werklijst kind (the keys are listed in DomainKeys). */
    static String deadlineKey(String workItemKind) {
        return DEADLINE_KEY_PREFIX + workItemKind;
    }

    static final String DEADLINE_KEY_PREFIX = "worklist" + ".kind.";

    /** " · nog afronden" once its time has come while still gepland; " · niet doorgegaan (afgezegd)"; else "". */
    private String appointmentState(WeekEntry e) {
        if (e.missed()) {
            return " \u00b7 " + (e.reason() == null ? messages.text("appointment.state.missed")
                    : messages.format("appointment.state.missedBecause", messages.enumText(e.reason())));
        }
        if (e.toFinish(LocalDateTime.now(clock))) {
            return " \u00b7 " + messages.text("appointment.state.toFinish");
        }
        return "";
    }

    String where(WeekAgenda.Line line) {
        WeekEntry e = line.entry();
        if (e.kind() != WeekEntry.Kind.AFSPRAAK) {
            return e.owner() == null ? "" : messages.enumText(e.owner());
        }
        String location = messages.enumText(e.location());
        return e.text() == null ? location : e.text() + " (" + location + ")";
    }

    /** Days overdue, null when not overdue (an empty cell that sorts last). */
    static Long daysLate(WeekAgenda.Line line, LocalDate today) {
        return line.overdue() ? ChronoUnit.DAYS.between(line.entry().date(), today) : null;
    }

    String daysLate(Long days) {
        return messages.format("agenda.daysLate", days);
    }

    LocalDate shownDay() {
        return shownDay == null ? LocalDate.now(clock) : shownDay;
    }

    /** The appointments shown (today and this week) as calendar events, for the .ics export. */
    List<CalendarFile.Event> appointments() {
        List<CalendarFile.Event> events = new ArrayList<>();
        for (List<WeekAgenda.Line> lines : List.of(today, week)) {
            for (WeekAgenda.Line l : lines) {
                WeekEntry e = l.entry();
                if (e.kind() == WeekEntry.Kind.AFSPRAAK && e.time() != null && !e.missed()) {
                    // Roepnaam and kind only: a calendar is often shared or on a phone, so no notes, no health.
                    events.add(new CalendarFile.Event(e.refId(), e.date().atTime(e.time()), e.minutes(),
                            l.roepnaam() + " \u2013 " + messages.enumText(e.type()),
                            e.text() != null ? e.text() : messages.enumText(e.location())));
                }
            }
        }
        return events;
    }

    void exportCalendar(Path file) {
        List<CalendarFile.Event> events = appointments();
        if (events.isEmpty()) {
            info(messages.text("agenda.ics.none"));
            return;
        }
        background.run(() -> CalendarFile.write(file, events, clock.instant())).onSuccess(v -> navigator.status(
                messages.format("agenda.ics.saved", events.size(), file.getFileName().toString())))
                .onError(e -> error(messages.format("agenda.ics.failed", String.valueOf(e.getMessage()))))
                .inBulkLane().start();
    }

    void planned(UUID candidateId, String what) {
        navigator.status(what);
        navigator.candidateChanged(candidateId);
        reload();
    }
}
