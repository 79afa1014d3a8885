package nl.werkmap.ui.agenda;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import nl.werkmap.domain.Coach;
import nl.werkmap.ui.common.Messages;

/** The team lead's "Uren accorderen" row in the agenda: coach, week, open points, and the approve button. */
final class WeekApprovalPane {

    private final javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(4);

    WeekApprovalPane(WeekApprovalViewModel vm, Messages messages) {
        HBox row = new HBox(8);
        row.getStyleClass().add("toolbar-row");
        row.setAlignment(Pos.CENTER_LEFT);
        root.setId("weekApproval");
        Label title = new Label(messages.text("approval.week.title"));
        title.getStyleClass().add("section-header");
        title.setMinWidth(Label.USE_PREF_SIZE);
        ComboBox<Coach> coach = new ComboBox<>(vm.coaches);
        coach.setId("approvalCoach");
        coach.setAccessibleText(messages.text("approval.week.coach"));
        coach.setPromptText(messages.text("approval.week.coach"));
        coach.setConverter(new StringConverter<>() {
            @Override
            public String toString(Coach c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Coach fromString(String text) {
                return null;
            }
        });
        coach.valueProperty().bindBidirectional(vm.coach);
        coach.setMinWidth(200);
        DatePicker week = new DatePicker();
        week.setId("approvalWeek");
        week.setAccessibleText(messages.text("approval.week.week"));
        week.setMinWidth(150);
        week.valueProperty().bindBidirectional(vm.week);
        Label status = new Label();
        status.setId("approvalStatus");
        status.textProperty().bind(vm.status);
        Button approve = new Button(messages.text("approval.week.approve"));
        approve.setId("approveWeek");
        approve.setMinWidth(Button.USE_PREF_SIZE);
        status.setMinWidth(Label.USE_PREF_SIZE);
        approve.setOnAction(e -> vm.approve());
        Label message = new Label();
        message.setId("approvalMessage");
        message.textProperty().bind(vm.message);
        message.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.failed)
                .then("-fx-text-fill: #b00020;").otherwise(""));
        message.setWrapText(true);
        // The message gets its own line: a refusal is long and must not squeeze the fields.
        row.getChildren().addAll(title, coach, week, approve, status);
        message.managedProperty().bind(vm.message.isNotEmpty());
        root.getChildren().addAll(row, message);
        root.visibleProperty().bind(vm.teamLead);
        root.managedProperty().bind(vm.teamLead);
    }

    javafx.scene.layout.VBox root() {
        return root;
    }
}
