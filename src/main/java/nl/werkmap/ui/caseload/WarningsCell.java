package nl.werkmap.ui.caseload;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Messages;

/**
 * What needs attention, as a labelled badge: the text says it, the colour only underlines it. The column is narrow,
 * so a row shows its first (most urgent) signal whole and a "+N" badge for the others; a second badge cut in half
 * ("Nog nooi…") said nothing. The tooltip and the accessible text name them all.
 */
final class WarningsCell extends TableCell<CaseloadRow, List<String>> {

    private final Messages messages;
    private final Label first = new Label();
    private final Label more = new Label();
    private final HBox badges = new HBox(4, first, more);
    private final Tooltip tooltip = new Tooltip();
    /** The keys the badges show now: a keystroke in the search box refills every visible cell, mostly the same. */
    private List<String> shown = List.of();

    WarningsCell(Messages messages) {
        this.messages = messages;
        first.getStyleClass().add("badge");
        more.getStyleClass().addAll("badge", "badge-more");
        more.setMinWidth(Label.USE_PREF_SIZE);
        badges.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Kept as the graphic and hidden when empty (see CellGraphic): no styling again on each keystroke.
        setGraphic(badges);
        CellGraphic.hide(badges);
        CellGraphic.hide(more);
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
            // The badges are reused: a changed style class costs a CSS pass, a new text does not.
            String key = keys.get(0);
            first.setText(messages.text(key));
            String kind = key.startsWith("contact.") ? "badge-danger" : "badge-warning";
            if (!first.getStyleClass().contains(kind)) {
                first.getStyleClass().removeAll("badge-danger", "badge-warning");
                first.getStyleClass().add(kind);
                // Styled now, not at the next pulse: the table does not restyle a reused row (CaseloadTableSkin).
                first.applyCss();
            }
            if (keys.size() > 1) {
                more.setText("+" + (keys.size() - 1));
                CellGraphic.show(more);
            } else {
                CellGraphic.hide(more);
            }
            tooltip.setText(String.join("; ", keys.stream().map(messages::text).toList()));
            shown = List.copyOf(keys);
        }
        CellGraphic.show(badges);
        setAccessibleText(tooltip.getText());
        setTooltip(tooltip);
    }

    /** What the cell shows, for tests: the first badge's text and, when there are more, "+N". */
    List<String> seen() {
        if (!badges.isVisible()) {
            return List.of();
        }
        return more.isVisible() ? List.of(first.getText(), more.getText()) : List.of(first.getText());
    }
}
