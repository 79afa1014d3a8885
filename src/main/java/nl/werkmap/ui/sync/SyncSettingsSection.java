package nl.werkmap.ui.sync;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import nl.werkmap.ui.common.Messages;

/**
 * The "Gemeente" part of Instellingen: whether this laptop is linked, and "Koppelen aan de gemeente…" (or, when
 * linked, "Opnieuw koppelen…" for a new code after a revoke or a new laptop key). Built in code: three nodes.
 */
public final class SyncSettingsSection {

    private SyncSettingsSection() {
    }

    public static VBox build(SyncViewModel vm, Messages messages) {
        Label title = new Label(messages.text("sync.settings.title"));
        title.getStyleClass().add("form-label");
        title.setStyle("-fx-font-weight: bold;");
        Label state = new Label();
        state.setId("settingsSyncState");
        state.setWrapText(true);
        state.getStyleClass().add("muted");
        state.textProperty().bind(vm.textProperty());
        Button link = new Button();
        link.setId("settingsEnrol");
        link.textProperty().bind(javafx.beans.binding.Bindings.when(vm.enrolledProperty())
                .then(messages.text("sync.settings.relink")).otherwise(messages.text("sync.settings.link")));
        link.setTooltip(new Tooltip(messages.text("sync.action.enrol.tooltip")));
        link.setAccessibleHelp(messages.text("sync.action.enrol.tooltip"));
        link.setOnAction(e -> new EnrolDialog(vm.newEnrolment(), messages, link.getScene().getWindow()).show());
        VBox section = new VBox(6, title, state, link);
        section.setId("settingsSync");
        return section;
    }
}
