package nl.werkmap.ui.caseload;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Messages;

/** What needs attention, as short labelled badges: the text says it, the colour only underlines it. */
final class WarningsCell extends TableCell<CaseloadRow, List<String>> {

    private final Messages messages;

    WarningsCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(List<String> keys, boolean empty) {
        super.updateItem(keys, empty);
        if (empty || keys == null || keys.isEmpty()) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        HBox badges = new HBox(4);
        StringBuilder all = new StringBuilder();
        for (String key : keys) {
            String text = messages.text(key);
            Label badge = new Label(text);
            badge.getStyleClass().addAll("badge", key.startsWith("contact.") ? "badge-danger" : "badge-warning");
            badges.getChildren().add(badge);
            all.append(all.length() == 0 ? "" : "; ").append(text);
        }
        setGraphic(badges);
        setAccessibleText(all.toString());
        setTooltip(new javafx.scene.control.Tooltip(all.toString()));
    }
}
