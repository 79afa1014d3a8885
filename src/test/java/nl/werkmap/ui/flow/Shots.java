package nl.werkmap.ui.flow;

import javafx.stage.Stage;

import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.ui.common.Screenshots;

/** Takes a screenshot of the window on the FX thread, for looking at every screen after a headless run. */
final class Shots {

    private Shots() {
    }

    static void take(Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), name));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
