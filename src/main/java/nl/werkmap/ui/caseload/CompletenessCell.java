package nl.werkmap.ui.caseload;

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
    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox box = new HBox(6, bar, percent);

    CompletenessCell(Messages messages) {
        this.messages = messages;
        bar.setPrefWidth(50);
        bar.setFocusTraversable(false);
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        bar.setProgress(item / 100.0);
        percent.setText(item + "%");
        bar.getStyleClass().removeAll("warning-bar");
        if (item < INCOMPLETE_BELOW) {
            bar.getStyleClass().add("warning-bar");
        }
        setAccessibleText(messages.format("caseload.completeness.accessible", item));
        setGraphic(box);
    }
}
