package nl.werkmap.ui.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
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
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/**
 * "Afspraak plannen": candidate, day, time, length, kind, where. A planned appointment is a session that starts in
 * the future, logged in the name of the coach working here; one in the past is refused (it would be a session that
 * happened, with no notes and no hours). The session id is fixed when the form opens, so saving twice after a
 * failure never makes two appointments.
 */
final class AppointmentViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final int MAX_HITS = 6;

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final AgendaViewModel agenda;
    private CaseloadIndex index = CaseloadIndex.build(List.of());
    private UUID sessionId;

    final BooleanProperty shown = new SimpleBooleanProperty(false);
    final StringProperty query = new SimpleStringProperty("");
    final ObservableList<CaseloadRow> hits = FXCollections.observableArrayList();
    final ObjectProperty<CaseloadRow> candidate = new SimpleObjectProperty<>();
    final StringProperty day = new SimpleStringProperty("");
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty minutes = new SimpleStringProperty("60");
    final ObjectProperty<SessionType> type = new SimpleObjectProperty<>(SessionType.WERKPLEKBEZOEK);
    final ObjectProperty<SessionLocation> location = new SimpleObjectProperty<>(SessionLocation.WERKPLEK);
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");

    AppointmentViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                         AgendaViewModel agenda) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.agenda = agenda;
        query.addListener((obs, old, now) -> search());
    }

    /** Opens an empty form for tomorrow 9:00, with a fresh id; reads the candidates to pick from. */
    void open() {
        sessionId = UUID.randomUUID();
        candidate.set(null);
        query.set("");
        day.set(DAY.format(LocalDate.now(agenda.clock()).plusDays(1)));
        time.set("9:00");
        minutes.set("60");
        type.set(SessionType.WERKPLEKBEZOEK);
        location.set(SessionLocation.WERKPLEK);
        place.set("");
        error.set("");
        shown.set(true);
        LocalDate today = LocalDate.now(agenda.clock());
        CaseloadIndex known = agenda.knownCaseload();
        if (known != null) {
            index = known;
            search();
            return;
        }
        background.call(() -> CaseloadIndex.build(store.get().caseloadQuery().load(today))).onSuccess(read -> {
            index = read;
            search();
        }).onError(e -> error.set(messages.format("caseload.loadFailed", String.valueOf(e.getMessage())))).start();
    }

    void cancel() {
        shown.set(false);
    }

    private void search() {
        UUID mine = agenda.scope();
        CaseloadFilter filter = mine == null ? CaseloadFilter.ANY : CaseloadFilter.ANY.withCoach(mine);
        List<CaseloadRow> found = index.filter(query.get(), filter);
        hits.setAll(found.subList(0, Math.min(MAX_HITS, found.size())));
    }

    void pick(CaseloadRow row) {
        if (row != null) {
            candidate.set(row);
            error.set("");
        }
    }

    /** Checks the form and saves; on a problem the message says what to do and the input stays. */
    void save() {
        CaseloadRow who = candidate.get();
        if (who == null) {
            error.set(messages.text("agenda.plan.noCandidate"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(day.get().strip(), DAY);
        } catch (DateTimeParseException e) {
            error.set(messages.text("agenda.plan.badDate"));
            return;
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time.get().strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            error.set(messages.text("agenda.plan.badTime"));
            return;
        }
        int length;
        try {
            length = Integer.parseInt(minutes.get().strip());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= 0 || length > 24 * 60) {
            error.set(messages.text("agenda.plan.badMinutes"));
            return;
        }
        LocalDateTime start = date.atTime(at);
        if (!start.isAfter(LocalDateTime.now(agenda.clock()))) {
            error.set(messages.text("agenda.plan.past"));
            return;
        }
        UUID coach = agenda.who().id() != null ? agenda.who().id() : who.coachId();
        CoachingSession appointment = new CoachingSession(sessionId, who.id(), null, coach, start, length,
                location.get(), type.get(), Set.of(), null, null, null, 0, place.get(), AppointmentState.GEPLAND,
                null);
        background.run(() -> new SessionService(store.get(), agenda.clock()).plan(appointment)).onSuccess(v -> {
            shown.set(false);
            agenda.planned(who.id(), messages.format("agenda.plan.saved", who.displayName(),
                    DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", messages.locale()).format(start)));
        }).onError(e -> error.set(messages.format("tab.saveFailed", String.valueOf(e.getMessage())))).start();
    }
}
