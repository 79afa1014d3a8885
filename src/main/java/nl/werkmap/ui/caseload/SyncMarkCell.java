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
    /** Made once per cell when first needed: a tooltip is a popup window of its own, too dear per keystroke. */
    private Tooltip pendingTip;
    private Tooltip conflictTip;

    SyncMarkCell(Messages messages) {
        this.messages = messages;
        badge.getStyleClass().addAll("badge", "sync-mark");
    }

    private Tooltip tip(boolean conflict) {
        if (conflict && conflictTip == null) {
            conflictTip = tooltip(messages.text("caseload.sync.CONFLICT.tooltip"));
        } else if (!conflict && pendingTip == null) {
            pendingTip = tooltip(messages.text("caseload.sync.PENDING.tooltip"));
        }
        return conflict ? conflictTip : pendingTip;
    }

    private static Tooltip tooltip(String help) {
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
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
        // Touch the style classes only when the kind changes: a change costs the badge a CSS pass.
        String kind = conflict ? "badge-danger" : "badge-warning";
        if (!badge.getStyleClass().contains(kind)) {
            badge.getStyleClass().removeAll("badge-warning", "badge-danger");
            badge.getStyleClass().add(kind);
        }
        setTooltip(tip(conflict));
        setAccessibleText(text + ". " + help);
        boolean added = getGraphic() != badge;
        setGraphic(badge);
        if (added) {
            // Styled now, not at the next pulse: the table does not restyle a reused row (CaseloadTableSkin).
            badge.applyCss();
        }
    }
}
