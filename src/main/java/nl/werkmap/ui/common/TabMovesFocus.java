package nl.werkmap.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes Tab leave a text area (Shift+Tab goes back) instead of typing a tab character: notes are typed in a row
 * of fields, and the keyboard must get from one to the next.
 */
public final class TabMovesFocus {

    private TabMovesFocus() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                // Ctrl+Tab is the text area's own "move focus" key; re-send the key with Ctrl held.
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                        event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                        event.isAltDown(), event.isMetaDown()));
            }
        });
    }
}
