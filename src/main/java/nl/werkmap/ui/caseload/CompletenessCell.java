package nl.werkmap.ui.caseload;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Messages;

/** Completeness as a bar plus the percentage in words, so it is not told by length or colour alone. */
final class CompletenessCell extends TableCell<CaseloadRow, Integer> {

    /** Below this share a file counts as incomplete and gets the warning colour. */
    static final int INCOMPLETE_BELOW = 70;

    private final Messages messages;
    /**
     * The accessible text per percentage, made when first needed: a keystroke refills every visible cell, and
     * formatting the message anew each time was some 5% of the list's layout per keystroke.
     */
    private final String[] accessible = new String[101];
    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox box = new HBox(6, bar, percent);

    CompletenessCell(Messages messages) {
        this.messages = messages;
        bar.setPrefWidth(40);
        box.setAlignment(Pos.CENTER_LEFT);
        bar.setFocusTraversable(false);
        // Kept as the graphic and hidden when empty (see CellGraphic): no styling again on each keystroke.
        setGraphic(box);
        CellGraphic.hide(box);
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            CellGraphic.hide(box);
            setAccessibleText(null);
            return;
        }
        bar.setProgress(item / 100.0);
        percent.setText(item + "%");
        // Touch the style class only when it changes: any change costs the bar a CSS pass, on every keystroke.
        boolean warn = item < INCOMPLETE_BELOW;
        if (warn != bar.getStyleClass().contains("warning-bar")) {
            if (warn) {
                bar.getStyleClass().add("warning-bar");
            } else {
                bar.getStyleClass().remove("warning-bar");
            }
            // Styled now, not at the next pulse: the table does not restyle a reused row (CaseloadTableSkin).
            bar.applyCss();
        }
        setAccessibleText(accessibleText(item));
        CellGraphic.show(box);
    }

    private String accessibleText(int percent) {
        if (percent < 0 || percent >= accessible.length) {
            return messages.format("caseload.completeness.accessible", percent);
        }
        if (accessible[percent] == null) {
            accessible[percent] = messages.format("caseload.completeness.accessible", percent);
        }
        return accessible[percent];
    }
}
