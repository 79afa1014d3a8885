package nl.werkmap.ui.candidate;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.GoalOutcome;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.ConfirmDelete;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;

/** Binds the plan tab. */
public final class PlanController {

    private final PlanViewModel vm;
    private final Messages messages;
    private final Dates dates;

    @FXML private TableView<PlanGoal> goals;
    @FXML private TextField goalText;
    @FXML private DatePicker goalTarget;
    @FXML private ComboBox<GoalStatus> goalStatus;
    @FXML private ComboBox<PlacementFile> goalPlacement;
    @FXML private ComboBox<HalfYear> goalPeriod;
    @FXML private TextField goalHours;
    @FXML private MenuButton goalActivities;
    @FXML private MenuButton goalOutcome;
    @FXML private TableView<PlanAction> actions;
    @FXML private TextField actionText;
    @FXML private ComboBox<ActionOwner> actionOwner;
    @FXML private DatePicker actionDue;
    @FXML private ComboBox<PlanGoal> actionGoal;
    @FXML private Label message;
    @FXML private Button addGoal;
    @FXML private Button addAction;
    @FXML private Label unsavedMark;

    public PlanController(PlanViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(goals, messages.text("plan.col.goal"), 230, PlanGoal::description);
        Columns.text(goals, messages.text("plan.col.status"), 80, g -> messages.enumText(g.status()));
        Columns.text(goals, messages.text("plan.col.target"), 110, g -> dates.format(g.targetDate()));
        Columns.text(goals, messages.text("plan.col.period"), 95, g -> g.period() == null ? "" : g.period().toString());
        Columns.text(goals, messages.text("plan.col.placement"), 160, vm::placementOf);
        Columns.text(goals, messages.text("plan.col.hours"), 60, g -> Text.decimal(g.plannedHours()));
        Columns.text(goals, messages.text("plan.col.activities"), 160, vm::activitiesOf);
        Columns.text(goals, messages.text("plan.col.outcome"), 110,
                g -> g.outcome() == null ? "" : messages.enumText(g.outcome()));
        goals.setItems(vm.goals);
        goalText.textProperty().bindBidirectional(vm.goalText);
        goalTarget.valueProperty().bindBidirectional(vm.goalTarget);
        goalStatus.setItems(FXCollections.observableArrayList(GoalStatus.values()));
        goalStatus.setConverter(EnumLabels.converter(messages, GoalStatus.class));
        goalStatus.setOnAction(e -> {
            vm.setGoalStatus(goals.getSelectionModel().getSelectedItem(), goalStatus.getValue());
            goalStatus.setValue(null);
        });
        goalStatus.disableProperty().bind(goals.getSelectionModel().selectedItemProperty().isNull());
        bindCoachingsplan();

        Columns.text(actions, messages.text("plan.col.action"), 330, PlanAction::description);
        Columns.text(actions, messages.text("plan.col.owner"), 100, a -> messages.enumText(a.owner()));
        Columns.text(actions, messages.text("plan.col.due"), 110, a -> dates.format(a.dueDate()));
        Columns.text(actions, messages.text("plan.col.done"), 110, a -> dates.format(a.doneOn()));
        Columns.text(actions, messages.text("plan.col.forGoal"), 200, vm::goalOf);
        actions.setItems(vm.actions);
        actionText.textProperty().bindBidirectional(vm.actionText);
        actionOwner.setItems(FXCollections.observableArrayList(ActionOwner.values()));
        actionOwner.setConverter(EnumLabels.converter(messages, ActionOwner.class));
        actionOwner.valueProperty().bindBidirectional(vm.actionOwner);
        actionDue.valueProperty().bindBidirectional(vm.actionDue);
        actionGoal.setItems(vm.goals);
        actionGoal.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanGoal goal) {
                return goal == null ? "" : goal.description();
            }

            @Override
            public PlanGoal fromString(String text) {
                return null;
            }
        });
        actionGoal.valueProperty().bindBidirectional(vm.actionGoal);
        MessageLine.bind(message, vm.message, vm.failed);
        addGoal.textProperty().bind(Bindings.when(vm.editingGoal.isNull())
                .then(messages.text("plan.goal.add")).otherwise(messages.text("plan.goal.save")));
        addAction.textProperty().bind(Bindings.when(vm.editingAction.isNull())
                .then(messages.text("plan.action.add")).otherwise(messages.text("plan.action.save")));
        unsavedMark.visibleProperty().bind(vm.unsavedProperty());
        goals.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteGoal();
            }
        });
        actions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteAction();
            }
        });
    }

    /** The coachingsplan row: placement, half year, planned hours, activities, and ending a goal with its outcome. */
    private void bindCoachingsplan() {
        goalPlacement.setItems(vm.placements);
        goalPlacement.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlacementFile p) {
                return p == null ? messages.text("plan.goal.noPlacement") : PlanViewModel.label(p);
            }

            @Override
            public PlacementFile fromString(String text) {
                return null;
            }
        });
        // The prompt of a ComboBox vanishes once its value was set and cleared again: say it in the cell itself.
        goalPlacement.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PlacementFile p, boolean empty) {
                super.updateItem(p, empty);
                setText(p == null || empty ? messages.text("plan.goal.placement") : PlanViewModel.label(p));
            }
        });
        goalPlacement.valueProperty().bindBidirectional(vm.goalPlacement);
        goalPeriod.setItems(vm.periods);
        goalPeriod.valueProperty().bindBidirectional(vm.goalPeriod);
        goalHours.textProperty().bindBidirectional(vm.goalHours);
        for (CoachingActivity activity : CoachingActivity.values()) {
            CheckMenuItem item = new CheckMenuItem(messages.enumText(activity));
            item.setId("activity-" + activity.name());
            item.setSelected(vm.goalActivities.contains(activity));
            item.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    vm.goalActivities.add(activity);
                } else {
                    vm.goalActivities.remove(activity);
                }
            });
            vm.goalActivities.addListener((javafx.collections.SetChangeListener<CoachingActivity>) c ->
                    item.setSelected(vm.goalActivities.contains(activity)));
            goalActivities.getItems().add(item);
        }
        goalActivities.textProperty().bind(Bindings.createStringBinding(() -> vm.goalActivities.isEmpty()
                ? messages.text("plan.goal.activities")
                : messages.format("plan.goal.activitiesChosen", vm.goalActivities.size()), vm.goalActivities));
        goalPlacement.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.editingGoal.get() != null && vm.editingGoal.get().isMainGoal(), vm.editingGoal));
        goalPeriod.disableProperty().bind(goalPlacement.disableProperty().or(vm.goalPlacement.isNull()));
        goalHours.disableProperty().bind(vm.goalPlacement.isNull());
        goalActivities.disableProperty().bind(vm.goalPlacement.isNull());
        // A menu, not a ComboBox: ending is an action, not a value the control should keep showing.
        for (GoalOutcome outcome : GoalOutcome.values()) {
            MenuItem item = new MenuItem(messages.enumText(outcome));
            item.setId("outcome-" + outcome.name());
            item.setOnAction(e -> vm.endGoal(goals.getSelectionModel().getSelectedItem(), outcome));
            goalOutcome.getItems().add(item);
        }
        goalOutcome.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            PlanGoal g = goals.getSelectionModel().getSelectedItem();
            return g == null || !g.isMainGoal() || g.isEnded();
        }, goals.getSelectionModel().selectedItemProperty()));
    }

    @FXML
    private void editGoal() {
        vm.editGoal(goals.getSelectionModel().getSelectedItem());
        goalText.requestFocus();
    }

    @FXML
    private void editAction() {
        vm.editAction(actions.getSelectionModel().getSelectedItem());
        actionText.requestFocus();
    }

    @FXML
    private void stopEditing() {
        vm.stopEditing();
    }

    @FXML
    private void deleteGoal() {
        PlanGoal goal = goals.getSelectionModel().getSelectedItem();
        if (goal != null && ConfirmDelete.ask(messages, goals, vm.describe(goal))) {
            vm.deleteGoal(goal);
        }
    }

    @FXML
    private void deleteAction() {
        PlanAction action = actions.getSelectionModel().getSelectedItem();
        if (action != null && ConfirmDelete.ask(messages, actions, vm.describe(action))) {
            vm.deleteAction(action);
        }
    }

    @FXML
    private void reopen() {
        vm.reopen(actions.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addGoal() {
        vm.addGoal();
    }

    @FXML
    private void addAction() {
        vm.addAction();
    }

    @FXML
    private void markDone() {
        vm.markDone(actions.getSelectionModel().getSelectedItem());
    }
}
