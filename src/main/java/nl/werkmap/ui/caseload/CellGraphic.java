package nl.werkmap.ui.caseload;

import javafx.scene.Node;

/**
 * Hides a cell's graphic without taking it out of the scene. A node put back into the scene is styled again (every
 * stylesheet rule matched against it); visibility costs nothing of that kind.
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
