package nl.werkmap.ui.caseload;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Messages;

/** What needs attention, as short labelled badges: the text says it, the colour only underlines it. */
final class WarningsCell extends TableCell<CaseloadRow, List<String>> {

    private final Messages messages;
    private final HBox badges = new HBox(4);
    private final javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();
    /** The keys the badges show now: a keystroke in the search box refills every visible cell, mostly the same. */
    private List<String> shown = List.of();

    WarningsCell(Messages messages) {
        this.messages = messages;
        badges.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(List<String> keys, boolean empty) {
        super.updateItem(keys, empty);
        if (empty || keys == null || keys.isEmpty()) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        if (!keys.equals(shown)) {
            // New nodes or style classes cost a CSS pass; only make them when the warnings differ.
            badges.getChildren().clear();
            StringBuilder all = new StringBuilder();
            for (String key : keys) {
                String text = messages.text(key);
                Label badge = new Label(text);
                badge.getStyleClass().addAll("badge", key.startsWith("contact.") ? "badge-danger" : "badge-warning");
                badges.getChildren().add(badge);
                all.append(all.length() == 0 ? "" : "; ").append(text);
            }
            tooltip.setText(all.toString());
            shown = List.copyOf(keys);
        }
        setGraphic(badges);
        setAccessibleText(tooltip.getText());
        setTooltip(tooltip);
    }
}
