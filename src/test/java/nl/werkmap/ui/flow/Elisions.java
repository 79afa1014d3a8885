package nl.werkmap.ui.flow;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds every shown Labeled (label, button, tab header, column header, check box) whose skin draws a shorter text
 * than it was given: JavaFX clips it to fit and ends it with "…". Table and list cells and what they hold are left out (a long value in
 * a narrow column is expected to be cut; its row opens the whole record), and so is the status-bar message, which
 * is made to shorten and open whole on a click.
 */
final class Elisions {

    private Elisions() {
    }

    /** Must run on the FX thread, after layout. */
    static List<String> in(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, false, found);
        return found;
    }

    private static void walk(Node node, boolean inCell, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        boolean cell = inCell || node instanceof Cell<?>;
        if (node instanceof Labeled labeled && !cell && !labeled.getStyleClass().contains("status-message")) {
            check(labeled, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cell, found);
            }
        }
    }

    private static void check(Labeled labeled, List<String> found) {
        String given = labeled.getText();
        if (given == null || given.isBlank()) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? given.replaceFirst("_(?=.)", "") : given;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's text node (com.sun.javafx.scene.control.LabeledText) holds what is drawn.
            if (child instanceof Text shown && child.getClass().getSimpleName().equals("LabeledText")) {
                String drawn = shown.getText();
                if (drawn != null && !drawn.replace("\n", " ").strip().equals(expected.replace("\n", " ").strip())
                        && !drawn.equals(expected)) {
                    found.add(labeled.getClass().getSimpleName() + (labeled.getId() == null ? ""
                            : " #" + labeled.getId()) + " '" + expected + "' shown as '" + drawn + "'");
                }
            }
        }
    }
}
