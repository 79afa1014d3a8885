package nl.werkmap.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows a screen's root in the app's theme at the smallest window the app is made for (1366×768), for UI tests. */
public final class ThemedStage {

    private ThemedStage() {
    }

    /** @return the scene shown, to look things up in and to capture */
    public static Scene show(Stage stage, Parent root) {
        Theme.applyUserAgent();
        Scene scene = new Scene(root, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
