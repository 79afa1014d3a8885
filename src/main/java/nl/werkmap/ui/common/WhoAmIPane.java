package nl.werkmap.ui.common;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import nl.werkmap.domain.Coach;

/**
 * "Wie ben je?": a coach from the caseload or a new name. Shown on the caseload screen at first start on a laptop
 * that is not linked (it does not block: the coach can look around first), and in Instellingen to change it. On a
 * linked laptop it only says who the hub linked this laptop to.
 */
public final class WhoAmIPane {

    private WhoAmIPane() {
    }

    /** The first-start bar: visible only while nobody is chosen on an unlinked laptop. */
    public static VBox firstStart(CurrentCoachModel model, Messages messages, Runnable then) {
        VBox box = build(model, messages, then, "coach.current.ask", "whoAmI");
        box.setId("whoAmI");
        box.getStyleClass().add("notice");
        box.visibleProperty().bind(model.loaded.and(model.coach.isNull()).and(model.fromEnrolment.not()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The section in Instellingen. */
    public static VBox settings(CurrentCoachModel model, Messages messages, Runnable then) {
        VBox box = build(model, messages, then, "coach.current.settings", "settingsWhoAmI");
        Label linked = new Label();
        linked.textProperty().bind(Bindings.createStringBinding(() -> model.coach.get() == null ? ""
                : messages.format("coach.current.linked", model.coach.get().name()), model.coach));
        linked.visibleProperty().bind(model.fromEnrolment);
        linked.managedProperty().bind(linked.visibleProperty());
        box.getChildren().add(linked);
        box.getChildren().get(1).visibleProperty().bind(model.fromEnrolment.not());
        box.getChildren().get(1).managedProperty().bind(model.fromEnrolment.not());
        return box;
    }

    /** @param ids prefix of the controls' ids: the first-start bar and the settings section live side by side */
    private static VBox build(CurrentCoachModel model, Messages messages, Runnable then, String titleKey,
                              String ids) {
        Label title = new Label(messages.text(titleKey));
        title.getStyleClass().add("section-header");
        ComboBox<Coach> pick = new ComboBox<>(model.coaches);
        pick.setId(ids + "Coach");
        pick.setPromptText(messages.text("coach.current.pick"));
        pick.setAccessibleText(messages.text("coach.current.pick"));
        pick.setConverter(new CoachNames());
        model.coach.addListener((obs, old, now) -> pick.setValue(now));
        // A new list of coaches can clear the combo's choice; the coach working here stays chosen.
        model.coaches.addListener((javafx.collections.ListChangeListener<Coach>) change -> pick.setValue(
                model.coach.get()));
        pick.setValue(model.coach.get());
        TextField newName = new TextField();
        newName.setId(ids + "NewName");
        newName.setPromptText(messages.text("coach.current.newName"));
        newName.setAccessibleText(messages.text("coach.current.newName"));
        newName.setPrefColumnCount(16);
        Label or = new Label(messages.text("coach.current.or"));
        Button save = new Button(messages.text("coach.current.save"));
        save.setId(ids + "Save");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.choose(newName.getText().isBlank() ? pick.getValue() : null, newName.getText(),
                () -> {
                    newName.clear();
                    then.run();
                }));
        newName.setOnAction(e -> {
            save.fire();
            // Enter here means "Dit ben ik", not the sheet's default button.
            e.consume();
        });
        FlowPane row = new FlowPane(8, 8, pick, or, newName, save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.getStyleClass().add("error-text");
        message.textProperty().bind(model.message);
        message.visibleProperty().bind(model.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(6, title, row, message);
        return box;
    }
}
