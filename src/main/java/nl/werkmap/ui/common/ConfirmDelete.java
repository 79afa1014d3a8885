package nl.werkmap.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** "Sessie van 03-12-2026 verwijderen?" before a delete; the default button is Annuleren, so Enter deletes nothing. */
public final class ConfirmDelete {

    private ConfirmDelete() {
    }

    public static boolean ask(Messages messages, Node from, String what) {
        return ask(messages, from, what, messages.text("confirm.delete.text"));
    }

    /** As above, with {@code text} saying what the delete does to this kind of record. */
    public static boolean ask(Messages messages, Node from, String what, String text) {
        ButtonType delete = new ButtonType(messages.text("confirm.delete.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("confirm.delete.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, delete, cancel);
        alert.setTitle(messages.text("confirm.delete.title"));
        alert.setHeaderText(messages.format("confirm.delete.header", what));
        alert.getDialogPane().setId("confirmDelete");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (from.getScene() != null) {
            alert.initOwner(from.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(from.getScene().getStylesheets());
        }
        return alert.showAndWait().orElse(cancel) == delete;
    }
}
