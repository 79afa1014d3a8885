package nl.werkmap.ui.common;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** "Wijzigingen bewaren?" with Opslaan / Niet opslaan / Annuleren, asked before input could be lost. */
public final class UnsavedDialog {

    /** What the coach chose. */
    public enum Choice { SAVE, DISCARD, CANCEL }

    private UnsavedDialog() {
    }

    /** Asks and waits; {@code forms} are the names of the forms with unsaved input. */
    public static Choice ask(Messages messages, Window owner, List<String> forms) {
        ButtonType save = new ButtonType(messages.text("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.text("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.text("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("unsaved.text",
                String.join(", ", forms)), save, discard, cancel);
        alert.setTitle(messages.text("unsaved.title"));
        alert.setHeaderText(messages.text("unsaved.header"));
        alert.getDialogPane().setId("unsavedDialog");
        alert.getDialogPane().setMinWidth(520);
        if (owner != null) {
            alert.initOwner(owner);
            if (owner.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.CANCEL;
    }

    /** The window a node is shown in, or null. */
    public static Window windowOf(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
