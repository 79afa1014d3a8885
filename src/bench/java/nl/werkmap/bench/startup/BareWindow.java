package nl.werkmap.bench.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for Werkmap's first window: a bare JavaFX 21 window of the same size with one label, nothing else.
 * installer/measure-startup.sh compiles it against the JavaFX jars in target/lib and times it beside
 * {@code java -jar werkmap.jar} and the app-image on the same Xvfb, interleaved. The main class does not extend
 * {@code Application}, as in Werkmap's launcher, so JavaFX can sit on the plain classpath.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Werkmap")), 1366, 768));
            stage.setTitle("Werkmap");
            stage.show();
        }
    }
}
