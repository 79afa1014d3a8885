package nl.werkmap.ui.caseload;

import javafx.scene.Node;

/**
 * Hides a cell's graphic without taking it out of the scene. A node put back into the scene is styled again (every
 * stylesheet rule matched against it); visible and managed cost nothing of that kind, and an unmanaged graphic is
 * left out of the cell's size and layout as an absent one.
 */
final class CellGraphic {

    private CellGraphic() {
    }

    static void hide(Node graphic) {
        graphic.setVisible(false);
        graphic.setManaged(false);
    }

    static void show(Node graphic) {
        graphic.setManaged(true);
        graphic.setVisible(true);
    }
}
