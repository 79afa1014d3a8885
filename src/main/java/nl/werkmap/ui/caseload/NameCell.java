package nl.werkmap.ui.caseload;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

import nl.werkmap.store.caseload.CaseloadRow;

/** The name (roepnaam + achternaam) with the second cue beside it in muted text: "Jan van den Berg  1998". */
final class NameCell extends TableCell<CaseloadRow, String> {

    private final Label name = new Label();
    private final Label cue = new Label();
    private final HBox box = new HBox(6, name, cue);

    NameCell() {
        cue.getStyleClass().add("muted");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // The name wins the space; the cue gives way first when the column is narrow.
        name.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        cue.setMinWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // The box stays the cell's graphic for good and is only hidden on an empty row: taking it out and putting it
        // back would style its nodes again, for every visible row on every keystroke.
        setGraphic(box);
        CellGraphic.hide(box);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        CaseloadRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(null);
        if (row == null) {
            CellGraphic.hide(box);
            setAccessibleText(null);
            return;
        }
        name.setText(row.displayName());
        cue.setText(row.cue());
        setAccessibleText(row.nameWithCue());
        CellGraphic.show(box);
    }
}
