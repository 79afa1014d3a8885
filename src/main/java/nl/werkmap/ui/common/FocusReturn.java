package nl.werkmap.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * A button that greys out while its work runs ("Nu synchroniseren") loses the keyboard focus: JavaFX hands it to the
 * next node, which then wears the focus ring although the coach never went there. When the button is enabled again
 * and the focus is still where JavaFX put it, the focus goes back to the button, so Enter or Space works again.
 * If the coach moved the focus meanwhile, it stays where they put it.
 */
public final class FocusReturn {

    private FocusReturn() {
    }

    public static void afterDisabled(Node button) {
        Node[] movedTo = new Node[1];
        boolean[] had = new boolean[1];
        ChangeListener<Node> whereItWent = (o, was, now) -> {
            if (had[0] && movedTo[0] == null) {
                movedTo[0] = now;
            }
        };
        button.disabledProperty().addListener((o, was, disabled) -> {
            Scene scene = button.getScene();
            if (scene == null) {
                return;
            }
            if (disabled) {
                had[0] = button.isFocused() || scene.getFocusOwner() == button;
                movedTo[0] = scene.getFocusOwner() == button ? null : scene.getFocusOwner();
                if (had[0]) {
                    scene.focusOwnerProperty().addListener(whereItWent);
                }
            } else {
                scene.focusOwnerProperty().removeListener(whereItWent);
                if (had[0] && (scene.getFocusOwner() == movedTo[0] || scene.getFocusOwner() == null)) {
                    button.requestFocus();
                }
                had[0] = false;
                movedTo[0] = null;
            }
        });
    }
}
