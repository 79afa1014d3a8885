package nl.werkmap.ui.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;

/**
 * The agenda: sessions planned from now on, and agreed actions whose due date has passed without being done.
 * Read per candidate in the background; the caseload is small enough (50 to 150 people) for that.
 */
public final class AgendaViewModel {

    /** A planned session with the candidate's name. */
    record Upcoming(String candidateName, CoachingSession session) {
    }

    /** An overdue action with the candidate's name. */
    record Overdue(String candidateName, PlanAction action, long daysLate) {
    }

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;

    final ObservableList<Upcoming> upcoming = FXCollections.observableArrayList();
    final ObservableList<Overdue> overdue = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");

    public AgendaViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                           Navigator navigator) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.navigator = navigator;
    }

    private record Loaded(List<Upcoming> upcoming, List<Overdue> overdue) {
    }

    public void reload() {
        background.call(() -> {
            CaseloadStore s = store.get();
            LocalDateTime now = LocalDateTime.now();
            LocalDate today = now.toLocalDate();
            List<Upcoming> sessions = new ArrayList<>();
            List<Overdue> late = new ArrayList<>();
            for (CaseloadRow row : s.caseloadQuery().load(today)) {
                for (CoachingSession session : s.sessions().forCandidate(row.id())) {
                    if (!session.startsAt().isBefore(now)) {
                        sessions.add(new Upcoming(row.displayName(), session));
                    }
                }
                for (PlanAction action : s.plans().actionsOf(row.id())) {
                    if (!action.isDone() && action.dueDate() != null && action.dueDate().isBefore(today)) {
                        late.add(new Overdue(row.displayName(), action,
                                ChronoUnit.DAYS.between(action.dueDate(), today)));
                    }
                }
            }
            sessions.sort(Comparator.comparing(u -> u.session().startsAt()));
            late.sort(Comparator.comparing((Overdue o) -> o.action().dueDate()));
            return new Loaded(sessions, late);
        }).onSuccess(loaded -> {
            message.set("");
            upcoming.setAll(loaded.upcoming());
            overdue.setAll(loaded.overdue());
        }).onError(e -> message.set(messages.format("agenda.loadFailed", String.valueOf(e.getMessage())))).start();
    }

    void markDone(Overdue row) {
        if (row == null) {
            message.set(messages.text("agenda.noneSelected"));
            return;
        }
        PlanAction done = row.action().doneOn(LocalDate.now());
        background.run(() -> store.get().plans().saveAction(done)).onSuccess(v -> {
            navigator.status(messages.text("plan.action.done"));
            navigator.caseloadChanged();
        }).onError(e -> message.set(messages.format("tab.saveFailed", String.valueOf(e.getMessage())))).start();
    }

    void open(UUID candidateId) {
        if (candidateId != null) {
            navigator.openCandidate(candidateId);
        }
    }

    String daysLate(long days) {
        return messages.format("agenda.daysLate", days);
    }
}
