package nl.werkmap.ui.settings;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import nl.werkmap.ui.common.Messages;

/**
 * "Nieuwe caseload beginnen", shown only while the demo caseload is open: after a confirmation that says what
 * happens, the app removes the demo and returns to the first-start screen to set a passphrase for a real caseload.
 */
public final class DemoCaseloadSection {

    private DemoCaseloadSection() {
    }

    public static VBox build(Messages messages, Runnable startReal) {
        Label title = new Label(messages.text("settings.demo.title"));
        title.getStyleClass().add("form-label");
        title.setStyle("-fx-font-weight: bold;");
        Label explanation = new Label(messages.text("settings.demo.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("muted");
        Button start = new Button(messages.text("settings.demo.start"));
        start.setId("settingsStartReal");
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        start.setOnAction(e -> confirm(messages, start, startReal));
        VBox section = new VBox(6, title, explanation, start);
        section.setId("settingsDemo");
        return section;
    }

    private static void confirm(Messages messages, Button owner, Runnable startReal) {
        ButtonType remove = new ButtonType(messages.text("settings.demo.confirm.remove"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("settings.demo.confirm.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("settings.demo.confirm.text"), remove,
                cancel);
        alert.setTitle(messages.text("settings.demo.title"));
        alert.setHeaderText(messages.text("settings.demo.confirm.header"));
        alert.getDialogPane().setId("demoRemovalConfirm");
        alert.getDialogPane().setMinWidth(520);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // Cancel is the default: Enter on a reflex must not delete anything.
        ((Button) alert.getDialogPane().lookupButton(remove)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.resultProperty().addListener((obs, old, now) -> {
            if (now == remove) {
                startReal.run();
            }
        });
        alert.show();
    }
}
