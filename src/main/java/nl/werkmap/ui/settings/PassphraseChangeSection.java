package nl.werkmap.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import nl.werkmap.ui.common.Messages;

/**
 * The "Wachtwoord wijzigen" part of Instellingen. The message line sits under the button, so a refusal never moves
 * a field from under the pointer.
 */
public final class PassphraseChangeSection {

    private PassphraseChangeSection() {
    }

    public static VBox build(PassphraseChangeViewModel vm, Messages messages) {
        Label title = new Label(messages.text("settings.passphrase.title"));
        title.getStyleClass().add("form-label");
        title.setStyle("-fx-font-weight: bold;");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        field(grid, 0, "settingsPassphraseCurrent", messages.text("settings.passphrase.current"), vm.currentProperty());
        field(grid, 1, "settingsPassphraseNext", messages.text("settings.passphrase.next"), vm.nextProperty());
        PasswordField repeat = field(grid, 2, "settingsPassphraseRepeat", messages.text("settings.passphrase.repeat"),
                vm.repeatProperty());
        Button change = new Button(messages.text("settings.passphrase.change"));
        change.setId("settingsPassphraseChange");
        change.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        change.disableProperty().bind(vm.busyProperty());
        change.setOnAction(e -> vm.change());
        repeat.setOnAction(e -> vm.change());
        Label message = new Label();
        message.setId("settingsPassphraseMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.toneProperty().addListener((obs, old, now) -> now.applyTo(message));
        vm.toneProperty().get().applyTo(message);
        HBox actions = new HBox(12, change, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox section = new VBox(6, title, grid, actions);
        section.setId("settingsPassphrase");
        return section;
    }

    private static PasswordField field(GridPane grid, int row, String id, String label,
                                       javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(label);
        field.textProperty().bindBidirectional(value);
        Label name = new Label(label);
        name.getStyleClass().add("form-label");
        name.setLabelFor(field);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row, name, field);
        return field;
    }
}
