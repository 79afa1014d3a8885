package nl.werkmap.ui.caseload;

import java.util.List;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Messages;

/**
 * What needs attention, as short labelled badges: the text says it, the colour only underlines it. The badges that
 * do not fit the column go into a "+N" badge ({@link BadgeRow}); the tooltip and the accessible text name them all.
 */
final class WarningsCell extends TableCell<CaseloadRow, List<String>> {

    private final Messages messages;
    private final BadgeRow badges = new BadgeRow();
    private final Tooltip tooltip = new Tooltip();
    /** The keys the badges show now: a keystroke in the search box refills every visible cell, mostly the same. */
    private List<String> shown = List.of();

    WarningsCell(Messages messages) {
        this.messages = messages;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Kept as the graphic and hidden when empty (see CellGraphic): no styling again on each keystroke.
        setGraphic(badges);
        CellGraphic.hide(badges);
    }

    @Override
    protected void updateItem(List<String> keys, boolean empty) {
        super.updateItem(keys, empty);
        if (empty || keys == null || keys.isEmpty()) {
            CellGraphic.hide(badges);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        if (!keys.equals(shown)) {
            // The badges are reused: a new node or a changed style class costs a CSS pass, a new text does not.
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                String text = messages.text(key);
                Label badge = badges.badge(i);
                badge.setText(text);
                String kind = key.startsWith("contact.") ? "badge-danger" : "badge-warning";
                if (!badge.getStyleClass().contains(kind)) {
                    badge.getStyleClass().removeAll("badge-danger", "badge-warning");
                    badge.getStyleClass().add(kind);
                    // Styled now, not at the next pulse: the table does not restyle a reused row (CaseloadTableSkin).
                    badge.applyCss();
                }
                all.append(all.length() == 0 ? "" : "; ").append(text);
            }
            badges.use(keys.size());
            shown = List.copyOf(keys);
            tooltip.setText(all.toString());
        }
        CellGraphic.show(badges);
        setAccessibleText(tooltip.getText());
        setTooltip(tooltip);
    }
}
