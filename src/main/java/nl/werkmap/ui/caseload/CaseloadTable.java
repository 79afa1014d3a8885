package nl.werkmap.ui.caseload;

import javafx.scene.control.Skin;
import javafx.scene.control.TableView;

import nl.werkmap.store.caseload.CaseloadRow;

/**
 * The caseload's table, whose skin is {@link CaseloadTableSkin}, made where JavaFX makes a table's own skin: at the
 * first styling in a scene. Set by the controller as soon as the page was loaded, before the table was in a scene,
 * the skin's first layout scrolled the list: its row flow guessed its height from rows it had not measured yet and
 * moved the position to match, so the list opened a few rows down (the first row shown was the 4th of 30, the 73rd
 * of 400).
 */
public final class CaseloadTable extends TableView<CaseloadRow> {

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CaseloadTableSkin(this);
    }
}
