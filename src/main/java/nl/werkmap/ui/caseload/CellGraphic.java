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
        // Visibility only, it stays managed: the rows have one fixed height, so a hidden graphic sizes nothing that
        // matters, and an unmanaged one (a layout root of its own) was not always laid out again once shown.
        graphic.setVisible(false);
    }

    static void show(Node graphic) {
        graphic.setVisible(true);
    }
}
