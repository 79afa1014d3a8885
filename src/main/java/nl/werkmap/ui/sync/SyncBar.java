package nl.werkmap.ui.sync;

import java.io.File;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

import nl.werkmap.ui.common.FocusReturn;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.StatusMessage;

/**
 * The status-bar item for sync: the status text (the last problem behind it, see {@link StatusMessage}),
 * "Koppelen…" while this laptop is not (or no longer) linked, and the two sync buttons. Built in code: it is four
 * nodes. The buttons keep their full width; the status text gives way.
 */
public final class SyncBar {

    private SyncBar() {
    }

    public static HBox build(SyncViewModel vm, Messages messages) {
        // The summary on one line; the last problem in full behind it (tooltip, click or Enter).
        StatusMessage status = new StatusMessage(messages, "syncStatus");
        status.node().getStyleClass().add("muted");
        status.textProperty().bind(vm.textProperty());
        status.detailsProperty().bind(vm.lastErrorProperty());
        status.keepAtLeast(300);
        Button enrol = new Button(messages.text("sync.action.enrol"));
        enrol.setId("syncEnrol");
        enrol.setTooltip(new Tooltip(messages.text("sync.action.enrol.tooltip")));
        enrol.setAccessibleHelp(messages.text("sync.action.enrol.tooltip"));
        enrol.visibleProperty().bind(vm.enrolledProperty().not().or(vm.revokedProperty()));
        enrol.managedProperty().bind(enrol.visibleProperty());
        enrol.setOnAction(e -> new EnrolDialog(vm.newEnrolment(), messages, enrol.getScene().getWindow()).show());
        Button now = new Button(messages.text("sync.action.now"));
        now.setId("syncNow");
        now.setTooltip(new Tooltip(messages.text("sync.action.now.tooltip")));
        now.setAccessibleHelp(messages.text("sync.action.now.tooltip"));
        now.disableProperty().bind(vm.enrolledProperty().not().or(vm.runningProperty()));
        now.setOnAction(e -> vm.syncNow());
        Button export = new Button(messages.text("sync.action.export"));
        export.setId("syncExport");
        export.setTooltip(new Tooltip(messages.text("sync.action.export.tooltip")));
        export.setAccessibleHelp(messages.text("sync.action.export.tooltip"));
        export.disableProperty().bind(vm.enrolledProperty().not().or(vm.runningProperty()));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.text("sync.export.title"));
            chooser.setInitialFileName("wijzigingen.werkmapbundle");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.text("sync.export.filter"), "*.werkmapbundle"));
            File file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file != null) {
                vm.exportBundle(file.toPath());
            }
        });
        for (Button b : new Button[] {enrol, now, export}) {
            b.getStyleClass().add("small");
            b.setFocusTraversable(true);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FocusReturn.afterDisabled(now);
        FocusReturn.afterDisabled(export);
        HBox box = new HBox(8, status.node(), enrol, now, export);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("sync-bar");
        return box;
    }
}
