package nl.werkmap.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin with its viewport drawn as it is, not through a cached image (the stylesheet gives every
 * {@code ScrollPane} this skin, the ones inside text areas too). JavaFX turns the viewport's node cache on: each
 * change inside it (a field filled, a caret blinking, a key typed) draws the whole viewport again into that image,
 * and where the renderer works in software (no graphics driver, a remote desktop) the image is a plain array on the
 * heap, 2.7 MB for a candidate's profile form at 1366×768. At 150,000 candidates with a 256 MB heap the images of
 * the pages made while a coach opens candidates gave nine full collections in five seconds (issue 13).
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {

    public UncachedScrollPaneSkin(ScrollPane control) {
        super(control);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
