package nl.werkmap.ui.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.rules.PlausibilityFlag;
import nl.werkmap.service.ApprovalService;
import nl.werkmap.service.HoursCheckService;
import nl.werkmap.service.RefusedException;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CurrentCoachModel;
import nl.werkmap.ui.common.Messages;

/**
 * "Uren accorderen" for a team lead, in the agenda: choose a coach and a week, see whether the week's hours have
 * open plausibility points (counted per coach across all clients), and approve it; an approved week is locked and a
 * later correction needs a reason. Shown only when the coach at this laptop is a teamleider.
 */
public final class WeekApprovalViewModel {

    final ObservableList<Coach> coaches = FXCollections.observableArrayList();
    final ObjectProperty<Coach> coach = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> week = new SimpleObjectProperty<>();
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);
    final BooleanProperty teamLead = new SimpleBooleanProperty(false);

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final CurrentCoachModel who;
    private final Clock clock;

    public WeekApprovalViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                                 CurrentCoachModel who, Clock clock) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.who = who;
        this.clock = clock;
        // Last week by default: that is the week a lead approves, once its hours are in.
        week.set(monday(LocalDate.now(clock)).minusWeeks(1));
        // Listen before following: when the agenda is made after the coach is known, the coach list may come back
        // at once, and its first coach must still lead to a check.
        coach.addListener((obs, old, now) -> check());
        week.addListener((obs, old, now) -> check());
        who.coach.addListener((obs, old, now) -> follow(now));
        follow(who.coach.get());
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private void follow(Coach here) {
        teamLead.set(here != null && here.role() == CoachRole.TEAMLEIDER);
        if (!teamLead.get()) {
            return;
        }
        background.call(() -> store.get().coaches().all()).onSuccess(all -> {
            coaches.setAll(all.stream().filter(c -> c.role() != CoachRole.TEAMLEIDER).toList());
            if (coach.get() == null && !coaches.isEmpty()) {
                coach.set(coaches.get(0));
            }
        }).onError(this::failedWith).start();
    }

    /** Reads the chosen week's open points for the chosen coach (in the background). */
    void check() {
        Coach c = coach.get();
        LocalDate chosen = week.get();
        message.set("");
        if (c == null || chosen == null) {
            status.set("");
            return;
        }
        LocalDate from = monday(chosen);
        background.call(() -> new HoursCheckService(store).flags(c.id(), from, from.plusDays(6)))
                .onSuccess(flags -> status.set(statusOf(flags)))
                .onError(this::failedWith).start();
    }

    private String statusOf(List<PlausibilityFlag> flags) {
        long open = flags.stream().filter(PlausibilityFlag::open).count();
        return open == 0 ? messages.text("approval.week.ready") : messages.format("approval.week.open", open);
    }

    /** "Week accorderen": refused in Dutch while points are open or the approver is no team lead. */
    void approve() {
        Coach c = coach.get();
        Coach lead = who.coach.get();
        if (c == null || week.get() == null || lead == null) {
            failed.set(true);
            message.set(messages.text("approval.week.choose"));
            return;
        }
        LocalDate from = monday(week.get());
        background.call(() -> new ApprovalService(store).approve(c.id(), from, lead.id(), LocalDate.now(clock)))
                .onSuccess(approval -> {
                    failed.set(false);
                    message.set(messages.format("approval.week.done", c.name(),
                            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(from)));
                }).onError(this::failedWith).start();
    }

    private void failedWith(Throwable e) {
        failed.set(true);
        if (e instanceof RefusedException refused) {
            message.set(String.join(" ", refused.problems().stream().map(p -> messages.text(p.messageKey()))
                    .toList()));
        } else {
            message.set(messages.format("approval.week.failed", Background.reason(messages, e)));
        }
    }
}
