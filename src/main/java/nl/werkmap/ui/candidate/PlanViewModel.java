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
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.Text;

/**
 * The plan tab: goals in the candidate's words and the agreed actions, with quick adding and ticking off. A chosen
 * goal or action can be put back in the fields to correct it, deleted (with undo) and "gedaan" can be undone.
 */
public final class PlanViewModel extends TabViewModel {

    final ObservableList<PlanGoal> goals = FXCollections.observableArrayList();
    final ObservableList<PlanAction> actions = FXCollections.observableArrayList();
    final StringProperty goalText = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> goalTarget = new SimpleObjectProperty<>();
    final StringProperty actionText = new SimpleStringProperty("");
    final ObjectProperty<ActionOwner> actionOwner = new SimpleObjectProperty<>(ActionOwner.COACH);
    final ObjectProperty<LocalDate> actionDue = new SimpleObjectProperty<>();
    final ObjectProperty<PlanGoal> actionGoal = new SimpleObjectProperty<>();
    /** The goal or action being corrected in the fields; null while adding a new one. */
    final ObjectProperty<PlanGoal> editingGoal = new SimpleObjectProperty<>();
    final ObjectProperty<PlanAction> editingAction = new SimpleObjectProperty<>();
    final InputState input;

    public PlanViewModel(CandidateViewModel candidate) {
        super(candidate);
        input = new InputState(() -> java.util.Arrays.asList(goalText.get(), goalTarget.get(), actionText.get(),
                actionOwner.get(), actionDue.get(), actionGoal.get() == null ? null : actionGoal.get().id()),
                goalText, goalTarget, actionText, actionOwner, actionDue, actionGoal);
        track(input);
    }

    @Override
    protected String tabKey() {
        return "candidate.tab.plan";
    }

    @Override
    public void saveNow(java.util.function.Consumer<Boolean> done) {
        boolean goal = Text.orNull(goalText.get()) != null;
        boolean action = Text.orNull(actionText.get()) != null;
        if (!goal && !action) {
            done.accept(false);
            return;
        }
        if (goal) {
            addGoal(action ? ok -> { } : done);
        }
        if (action) {
            addAction(done);
        }
    }

    /** "Bewerken": the chosen goal goes into the fields; "Doel opslaan" then corrects it. */
    void editGoal(PlanGoal goal) {
        if (goal == null) {
            refuse(messages.text("plan.goal.noneSelected"));
            return;
        }
        editingGoal.set(goal);
        goalText.set(goal.description());
        goalTarget.set(goal.targetDate());
        input.markClean();
    }

    void editAction(PlanAction action) {
        if (action == null) {
            refuse(messages.text("plan.action.noneSelected"));
            return;
        }
        editingAction.set(action);
        actionText.set(action.description());
        actionOwner.set(action.owner());
        actionDue.set(action.dueDate());
        actionGoal.set(goals.stream().filter(g -> g.id().equals(action.goalId())).findFirst().orElse(null));
        input.markClean();
    }

    /** "Nieuw": the fields are for a new goal and action again. */
    void stopEditing() {
        editingGoal.set(null);
        editingAction.set(null);
        goalText.set("");
        goalTarget.set(null);
        actionText.set("");
        actionDue.set(null);
        actionGoal.set(null);
        actionOwner.set(ActionOwner.COACH);
        input.markClean();
    }

    void deleteGoal(PlanGoal goal) {
        delete(store -> store.plans().tombstoneGoal(goal.id()), describe(goal),
                store -> store.plans().saveGoal(goal));
    }

    void deleteAction(PlanAction action) {
        delete(store -> store.plans().tombstoneAction(action.id()), describe(action),
                store -> store.plans().saveAction(action));
    }

    String describe(PlanGoal goal) {
        return messages.format("plan.goal.describe", goal.description());
    }

    String describe(PlanAction action) {
        return messages.format("plan.action.describe", action.description());
    }

    /** Undoes "Markeer als gedaan": the action is open again. */
    void reopen(PlanAction action) {
        if (action == null) {
            refuse(messages.text("plan.action.noneSelected"));
            return;
        }
        if (action.isDone()) {
            save(store -> store.plans().saveAction(action.doneOn(null)), "plan.action.reopened", () -> { });
        }
    }

    @Override
    protected void show(CandidateFile file) {
        goals.setAll(file.goals());
        actions.setAll(file.actions());
    }

    void addGoal() {
        addGoal(ok -> { });
    }

    private void addGoal(java.util.function.Consumer<Boolean> done) {
        String text = Text.orNull(goalText.get());
        if (text == null) {
            refuse(messages.text("plan.goal.empty"));
            done.accept(false);
            return;
        }
        PlanGoal editing = editingGoal.get();
        PlanGoal goal = editing == null
                ? new PlanGoal(RecordIds.next(), candidate.candidateId(), text, GoalStatus.OPEN, goalTarget.get())
                : new PlanGoal(editing.id(), editing.candidateId(), text, editing.status(), goalTarget.get());
        save(store -> store.plans().saveGoal(goal), "plan.goal.saved", () -> {
            editingGoal.set(null);
            goalText.set("");
            goalTarget.set(null);
            input.markClean();
        }, done);
    }

    void setGoalStatus(PlanGoal goal, GoalStatus status) {
        if (goal != null && status != null && goal.status() != status) {
            save(store -> store.plans().saveGoal(goal.withStatus(status)), "plan.goal.saved", () -> { });
        }
    }

    void addAction() {
        addAction(ok -> { });
    }

    private void addAction(java.util.function.Consumer<Boolean> done) {
        String text = Text.orNull(actionText.get());
        if (text == null) {
            refuse(messages.text("plan.action.empty"));
            done.accept(false);
            return;
        }
        PlanGoal goal = actionGoal.get();
        PlanAction editing = editingAction.get();
        PlanAction action = editing == null
                ? new PlanAction(RecordIds.next(), candidate.candidateId(), goal == null ? null : goal.id(), null,
                        text, actionOwner.get(), actionDue.get(), null)
                : new PlanAction(editing.id(), editing.candidateId(), goal == null ? null : goal.id(),
                        editing.sessionId(), text, actionOwner.get(), actionDue.get(), editing.doneOn());
        save(store -> store.plans().saveAction(action), "plan.action.saved", () -> {
            editingAction.set(null);
            actionText.set("");
            actionDue.set(null);
            input.markClean();
        }, done);
    }

    void markDone(PlanAction action) {
        if (action == null) {
            refuse(messages.text("plan.action.noneSelected"));
            return;
        }
        if (!action.isDone()) {
            save(store -> store.plans().saveAction(action.doneOn(LocalDate.now())), "plan.action.done",
                    () -> candidate.offerUndo(messages.format("plan.action.doneUndo", action.description()),
                            store -> store.plans().saveAction(action)));
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
