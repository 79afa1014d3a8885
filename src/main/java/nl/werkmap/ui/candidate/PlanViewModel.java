package nl.werkmap.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.GoalOutcome;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.CoachingsplanRules;
import nl.werkmap.service.PlanService;
import nl.werkmap.service.RefusedException;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.Text;

/**
 * The plan tab: goals in the candidate's words and the agreed actions, with quick adding and ticking off. A chosen
 * goal or action can be put back in the fields to correct it, deleted (with undo) and "gedaan" can be undone.
 *
 * <p>A goal with a placement is a main goal of that placement's coachingsplan for the chosen half year, with its
 * planned hours and activities; at the end of the half year it is ended with its outcome (undo in the header). Goals
 * go through {@link PlanService}, which refuses a fourth goal in a half year and an outcome given too early.
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
    // The coachingsplan part of the goal form: no placement means a plain goal.
    final ObservableList<PlacementFile> placements = FXCollections.observableArrayList();
    final ObjectProperty<PlacementFile> goalPlacement = new SimpleObjectProperty<>();
    final ObservableList<HalfYear> periods = FXCollections.observableArrayList();
    final ObjectProperty<HalfYear> goalPeriod = new SimpleObjectProperty<>();
    final StringProperty goalHours = new SimpleStringProperty("");
    final ObservableSet<CoachingActivity> goalActivities = FXCollections.observableSet(
            EnumSet.noneOf(CoachingActivity.class));
    final InputState input;
    private final Clock clock;
    private final PlanService service;

    public PlanViewModel(CandidateViewModel candidate) {
        this(candidate, Clock.systemDefaultZone());
    }

    public PlanViewModel(CandidateViewModel candidate, Clock clock) {
        super(candidate);
        this.clock = clock;
        this.service = new PlanService(candidate::store, clock);
        HalfYear now = HalfYear.of(LocalDate.now(clock));
        periods.setAll(previous(now), now, now.next());
        goalPeriod.set(now);
        input = new InputState(() -> java.util.Arrays.asList(goalText.get(), goalTarget.get(), actionText.get(),
                actionOwner.get(), actionDue.get(), actionGoal.get() == null ? null : actionGoal.get().id(),
                goalPlacement.get() == null ? null : goalPlacement.get().placement().id(), goalPeriod.get(),
                goalHours.get(), Set.copyOf(goalActivities)),
                goalText, goalTarget, actionText, actionOwner, actionDue, actionGoal, goalPlacement, goalPeriod,
                goalHours, goalActivities);
        track(input);
    }

    private static HalfYear previous(HalfYear half) {
        return half.half() == 2 ? new HalfYear(half.year(), 1) : new HalfYear(half.year() - 1, 2);
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
        goalPlacement.set(placements.stream().filter(p -> p.placement().id().equals(goal.placementId()))
                .findFirst().orElse(null));
        if (goal.period() != null) {
            if (!periods.contains(goal.period())) {
                periods.add(0, goal.period());
            }
            goalPeriod.set(goal.period());
        }
        goalHours.set(Text.decimal(goal.plannedHours()));
        goalActivities.clear();
        goalActivities.addAll(goal.activities());
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
        clearGoalFields();
        actionText.set("");
        actionDue.set(null);
        actionGoal.set(null);
        actionOwner.set(ActionOwner.COACH);
        input.markClean();
    }

    private void clearGoalFields() {
        goalText.set("");
        goalTarget.set(null);
        goalPlacement.set(null);
        goalPeriod.set(HalfYear.of(LocalDate.now(clock)));
        goalHours.set("");
        goalActivities.clear();
    }

    void deleteGoal(PlanGoal goal) {
        delete(store -> service.deleteGoal(goal.id()), describe(goal), store -> service.restoreGoal(goal));
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
    protected boolean shows(CandidateFile old, CandidateFile now) {
        return old.goals() != now.goals() || old.actions() != now.actions() || old.placements() != now.placements();
    }

    @Override
    protected void show(CandidateFile file) {
        goals.setAll(file.goals());
        actions.setAll(file.actions());
        PlacementFile chosen = goalPlacement.get();
        placements.setAll(file.placements());
        goalPlacement.set(chosen == null ? null : file.placements().stream()
                .filter(p -> p.placement().id().equals(chosen.placement().id())).findFirst().orElse(null));
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
        Double hours;
        try {
            hours = Text.decimal(goalHours.get());
        } catch (NumberFormatException e) {
            refuse(messages.text("plan.goal.hoursNotANumber"));
            done.accept(false);
            return;
        }
        PlanGoal goal = goalFromFields(text, hours);
        PlanGoal before = editingGoal.get();
        act(() -> service.saveGoal(goal), "plan.goal.saved", () -> {
            editingGoal.set(null);
            clearGoalFields();
            input.markClean();
            if (before != null) {
                candidate.offerUndo(messages.format("plan.goal.correctedUndo", before.description()),
                        store -> service.restoreGoal(before));
            }
        }, done);
    }

    /** The goal as the fields describe it: a main goal of the coachingsplan when a placement is chosen. */
    private PlanGoal goalFromFields(String text, Double hours) {
        PlanGoal editing = editingGoal.get();
        PlacementFile placement = goalPlacement.get();
        Set<CoachingActivity> activities = Set.copyOf(goalActivities);
        if (editing != null) {
            if (editing.isMainGoal() || placement == null) {
                return editing.corrected(text, goalTarget.get(), editing.isMainGoal() ? hours : null,
                        editing.isMainGoal() ? activities : Set.of());
            }
        }
        java.util.UUID id = editing == null ? RecordIds.next() : editing.id();
        if (placement == null) {
            return new PlanGoal(id, candidate.candidateId(), text, GoalStatus.OPEN, goalTarget.get());
        }
        HalfYear period = goalPeriod.get() == null ? HalfYear.of(LocalDate.now(clock)) : goalPeriod.get();
        PlanGoal main = PlanGoal.mainGoal(id, candidate.candidateId(), placement.placement().id(), period, text,
                hours == null ? 0 : hours, activities);
        return goalTarget.get() == null ? main : main.corrected(text, goalTarget.get(), hours, activities);
    }

    void setGoalStatus(PlanGoal goal, GoalStatus status) {
        if (goal != null && status != null && goal.status() != status) {
            act(() -> service.saveGoal(goal.withStatus(status)), "plan.goal.saved", () -> { }, ok -> { });
        }
    }

    /** "Afsluiten met …": the half year's goal gets its outcome; the header offers the undo. */
    void endGoal(PlanGoal goal, GoalOutcome outcome) {
        if (goal == null) {
            refuse(messages.text("plan.goal.noneSelected"));
            return;
        }
        if (outcome == null) {
            return;
        }
        if (!goal.isMainGoal()) {
            refuse(messages.text(CoachingsplanRules.OUTCOME_NEEDS_PERIOD));
            return;
        }
        act(() -> service.endGoal(goal.id(), outcome), "plan.goal.ended",
                () -> candidate.offerUndo(messages.format("plan.goal.endedUndo", goal.description(),
                        messages.enumText(outcome)), store -> service.restoreGoal(goal)), ok -> { });
    }

    /** Runs a plan service action in the background; a refusal shows its rules' words in the message line. */
    private void act(Background.ThrowingRunnable work, String doneKey, Runnable afterSuccess,
                     java.util.function.Consumer<Boolean> done) {
        candidate.background().run(work).onSuccess(result -> {
            failed.set(false);
            message.set(messages.text(doneKey));
            afterSuccess.run();
            candidate.changed(messages.text(doneKey));
            done.accept(true);
        }).onError(e -> {
            if (e instanceof RefusedException refused) {
                refuse(String.join(" ", refused.problems().stream().map(p -> messages.text(p.messageKey()))
                        .toList()));
            } else {
                refuse(messages.format("tab.saveFailed", Background.reason(messages, e)));
            }
            done.accept(false);
        }).start();
    }

    /** The placement a coachingsplan goal belongs to, in words; empty for a plain goal. */
    String placementOf(PlanGoal goal) {
        return goal.placementId() == null ? "" : placements.stream()
                .filter(p -> p.placement().id().equals(goal.placementId())).findFirst()
                .map(PlanViewModel::label).orElse("");
    }

    static String label(PlacementFile p) {
        String employer = p.employer() == null ? "" : p.employer().name();
        String job = p.placement().jobTitle();
        return job == null || job.isBlank() ? employer : employer + " – " + job;
    }

    /** The planned activities in words, for the goals table. */
    String activitiesOf(PlanGoal goal) {
        List<String> names = goal.activities().stream().map(messages::enumText).toList();
        return String.join(", ", names);
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
