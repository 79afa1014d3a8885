package nl.werkmap.ui.session;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;

/**
 * "Groepssessie vastleggen" in a window of its own: find and add the candidates who were there (type, Enter adds
 * the first match), then what was done, when, for how long and the travel, and per candidate the goal it served.
 * Everything works from the keyboard; Esc closes without saving, Ctrl+S saves.
 */
public final class GroupSessionWindow {

    private final Stage stage = new Stage();
    private final GroupSessionViewModel vm;
    private final Messages messages;
    private final VBox memberRows = new VBox(4);

    public GroupSessionWindow(GroupSessionViewModel vm, Messages messages, Window owner) {
        this.vm = vm;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.text("group.title"));

        Label title = new Label(messages.text("group.title"));
        title.getStyleClass().add("title");
        Label intro = new Label(messages.text("group.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");

        TextField search = new TextField();
        search.setId("groupSearch");
        search.setPromptText(messages.text("group.search.prompt"));
        search.setAccessibleText(messages.text("group.search"));
        search.textProperty().bindBidirectional(vm.search);
        ListView<CaseloadRow> matches = new ListView<>(vm.matches);
        matches.setId("groupMatches");
        matches.setPrefHeight(110);
        matches.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseloadRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.displayName());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !vm.matches.isEmpty()) {
                vm.add(vm.matches.get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !vm.matches.isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.add(matches.getSelectionModel().getSelectedItem());
                search.requestFocus();
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.add(matches.getSelectionModel().getSelectedItem());
            }
        });
        Label present = new Label(messages.text("group.present"));
        present.getStyleClass().add("subtitle");
        vm.members.addListener((ListChangeListener<GroupSessionViewModel.Member>) c -> showMembers());
        showMembers();

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        DatePicker date = new DatePicker();
        date.setId("groupDate");
        date.valueProperty().bindBidirectional(vm.date);
        TextField time = field("groupTime", vm.time, 5);
        TextField minutes = field("groupMinutes", vm.minutes, 4);
        TextField hours = field("groupHours", vm.hours, 4);
        TextField travel = field("groupTravel", vm.travel, 4);
        ComboBox<CoachingActivity> activity = combo("groupActivity", CoachingActivity.values(),
                CoachingActivity.class);
        activity.valueProperty().bindBidirectional(vm.activity);
        ComboBox<SessionType> type = combo("groupType", SessionType.values(), SessionType.class);
        type.valueProperty().bindBidirectional(vm.type);
        ComboBox<SessionLocation> place = combo("groupPlace", SessionLocation.values(), SessionLocation.class);
        place.valueProperty().bindBidirectional(vm.location);
        form.addRow(0, label("group.date", date), date, label("group.time", time), time);
        form.addRow(1, label("group.minutes", minutes), minutes, label("group.hours", hours), hours);
        form.addRow(2, label("group.activity", activity), activity, label("group.travel", travel), travel);
        form.addRow(3, label("group.type", type), type, label("group.place", place), place);

        Label message = new Label();
        message.setId("groupMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, was, now) -> message.setStyle(now ? "-fx-text-fill: #b00020;" : ""));
        Button save = new Button(messages.text("group.save"));
        save.setId("groupSave");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.saving);
        save.setOnAction(e -> vm.save(stage::close));
        Button cancel = new Button(messages.text("group.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, cancel, gap);

        VBox content = new VBox(8, title, intro, search, matches, present, memberRows, form, buttons, message);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("page");
        Scene scene = new Scene(content, 760, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.S && e.isShortcutDown()) {
                vm.save(stage::close);
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setOnShown(e -> search.requestFocus());
    }

    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    /** One row per candidate present: name, the goal it served (of their coachingsplan), and a remove button. */
    private void showMembers() {
        memberRows.getChildren().clear();
        if (vm.members.isEmpty()) {
            Label none = new Label(messages.text("group.none"));
            none.getStyleClass().add("muted");
            memberRows.getChildren().add(none);
            return;
        }
        for (GroupSessionViewModel.Member m : vm.members) {
            Label name = new Label(m.name());
            name.setMinWidth(200);
            ComboBox<PlanGoal> goal = new ComboBox<>(m.goals);
            goal.setPromptText(messages.text("group.goal.prompt"));
            goal.setAccessibleText(messages.format("group.goal.for", m.name()));
            goal.setPrefWidth(360);
            goal.setConverter(new StringConverter<>() {
                @Override
                public String toString(PlanGoal g) {
                    return g == null ? "" : g.description();
                }

                @Override
                public PlanGoal fromString(String text) {
                    return null;
                }
            });
            goal.valueProperty().bindBidirectional(m.goal);
            Button remove = new Button(messages.text("group.remove"));
            remove.setAccessibleText(messages.format("group.remove.for", m.name()));
            remove.setOnAction(e -> vm.remove(m));
            HBox row = new HBox(8, name, goal, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            row.getStyleClass().add("group-member");
            memberRows.getChildren().add(row);
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private <E extends Enum<E>> ComboBox<E> combo(String id, E[] values, Class<E> type) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(EnumLabels.converter(messages, type));
        box.setPrefWidth(240);
        return box;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("form-label");
        l.setLabelFor(target);
        if (target instanceof javafx.scene.control.Control c) {
            c.setAccessibleText(messages.text(key));
        }
        return l;
    }
}
