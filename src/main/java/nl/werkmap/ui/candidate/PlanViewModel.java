package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.ui.common.Text;

/** The plan tab: goals in the candidate's words and the agreed actions, with quick adding and ticking off. */
public final class PlanViewModel extends TabViewModel {

    final ObservableList<PlanGoal> goals = FXCollections.observableArrayList();
    final ObservableList<PlanAction> actions = FXCollections.observableArrayList();
    final StringProperty goalText = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> goalTarget = new SimpleObjectProperty<>();
    final StringProperty actionText = new SimpleStringProperty("");
    final ObjectProperty<ActionOwner> actionOwner = new SimpleObjectProperty<>(ActionOwner.COACH);
    final ObjectProperty<LocalDate> actionDue = new SimpleObjectProperty<>();
    final ObjectProperty<PlanGoal> actionGoal = new SimpleObjectProperty<>();

    public PlanViewModel(CandidateViewModel candidate) {
        super(candidate);
    }

    @Override
    protected void show(CandidateFile file) {
        goals.setAll(file.goals());
        actions.setAll(file.actions());
    }

    void addGoal() {
        String text = Text.orNull(goalText.get());
        if (text == null) {
            refuse(messages.text("plan.goal.empty"));
            return;
        }
        PlanGoal goal = new PlanGoal(RecordIds.next(), candidate.candidateId(), text, GoalStatus.OPEN,
                goalTarget.get());
        save(store -> store.plans().saveGoal(goal), "plan.goal.saved", () -> {
            goalText.set("");
            goalTarget.set(null);
        });
    }

    void setGoalStatus(PlanGoal goal, GoalStatus status) {
        if (goal != null && status != null && goal.status() != status) {
            save(store -> store.plans().saveGoal(goal.withStatus(status)), "plan.goal.saved", () -> { });
        }
    }

    void addAction() {
        String text = Text.orNull(actionText.get());
        if (text == null) {
            refuse(messages.text("plan.action.empty"));
            return;
        }
        PlanGoal goal = actionGoal.get();
        PlanAction action = new PlanAction(RecordIds.next(), candidate.candidateId(),
                goal == null ? null : goal.id(), null, text, actionOwner.get(), actionDue.get(), null);
        save(store -> store.plans().saveAction(action), "plan.action.saved", () -> {
            actionText.set("");
            actionDue.set(null);
        });
    }

    void markDone(PlanAction action) {
        if (action == null) {
            refuse(messages.text("plan.action.noneSelected"));
            return;
        }
        if (!action.isDone()) {
            save(store -> store.plans().saveAction(action.doneOn(LocalDate.now())), "plan.action.done", () -> { });
        }
    }

    String goalOf(PlanAction action) {
        if (action.goalId() == null) {
            return "";
        }
        return goals.stream().filter(g -> g.id().equals(action.goalId())).map(PlanGoal::description)
                .findFirst().orElse("");
    }
}
