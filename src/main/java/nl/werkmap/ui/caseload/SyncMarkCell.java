package nl.werkmap.ui.caseload;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.sync.candidate.CandidateSyncState;
import nl.werkmap.ui.common.Messages;

/**
 * A row's sync mark: "Nog niet verstuurd" or "Conflict" as a labelled badge with an explaining tooltip; a sent
 * candidate, and every candidate on a laptop that is not linked, shows nothing (the list stays quiet).
 */
final class SyncMarkCell extends TableCell<CaseloadRow, CandidateSyncState> {

    private final Messages messages;
    private final Label badge = new Label();

    SyncMarkCell(Messages messages) {
        this.messages = messages;
        badge.getStyleClass().addAll("badge", "sync-mark");
    }

    @Override
    protected void updateItem(CandidateSyncState state, boolean empty) {
        super.updateItem(state, empty);
        if (empty || state == null || state == CandidateSyncState.SENT || state == CandidateSyncState.NOT_LINKED) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        boolean conflict = state == CandidateSyncState.CONFLICT;
        String text = messages.text(conflict ? "caseload.sync.CONFLICT" : "caseload.sync.PENDING");
        String help = messages.text(conflict ? "caseload.sync.CONFLICT.tooltip" : "caseload.sync.PENDING.tooltip");
        badge.setText(text);
        badge.getStyleClass().removeAll("badge-warning", "badge-danger");
        badge.getStyleClass().add(conflict ? "badge-danger" : "badge-warning");
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        setTooltip(tip);
        setAccessibleText(text + ". " + help);
        setGraphic(badge);
    }
}
