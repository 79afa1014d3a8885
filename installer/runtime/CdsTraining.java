import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The training run for the runtime's class-data sharing archive (see installer/Packager.java). Each mode loads the
 * classes one kind of start-up needs and then ends the JVM:
 * <ul>
 *   <li>{@code fx}: shows a window with the controls a caseload screen uses, so JavaFX's CSS, layout, text and
 *   rendering classes are listed even while the real UI is still being built;</li>
 *   <li>{@code app}: starts the real Werkmap desktop app and ends once its first window has been shown (or when the
 *   app ends on its own). Arguments after {@code app} go to the app, e.g. {@code --data DIR}.</li>
 * </ul>
 * Not part of the app: it only runs at packaging time.
 */
public final class CdsTraining {

    private static final long FIRST_WINDOW_TIMEOUT_SECONDS = 40;

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "fx";
        if (mode.equals("app")) {
            trainApp(java.util.Arrays.copyOfRange(args, 1, args.length));
        } else {
            trainControls();
        }
    }

    private static void trainControls() throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            TableView<String> table = new TableView<>();
            table.getColumns().add(new TableColumn<>("Kandidaat"));
            VBox form = new VBox(8, new Label("Naam"), new TextField("Jansen"), new PasswordField(),
                    new ComboBox<String>(), new CheckBox("Buddy"), new TextArea("notitie"), new Button("Opslaan"),
                    new ListView<String>(), table);
            BorderPane root = new BorderPane(new ScrollPane(form));
            root.setTop(new MenuBar(new Menu("Bestand")));
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 800, 600));
            stage.setOnShown(e -> shown.countDown());
            stage.show();
        });
        if (!shown.await(FIRST_WINDOW_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            System.err.println("CDS-training: het oefenvenster verscheen niet.");
            Runtime.getRuntime().halt(3);
        }
        Thread.sleep(500);
        Platform.exit();
        Runtime.getRuntime().halt(0);
    }

    private static void trainApp(String[] appArgs) throws Exception {
        Thread app = new Thread(() -> {
            try {
                Class.forName("nl.werkmap.app.Launcher").getMethod("main", String[].class)
                        .invoke(null, (Object) appArgs);
            } catch (ReflectiveOperationException e) {
                System.err.println("CDS-training: Launcher niet te starten: " + e);
                Runtime.getRuntime().halt(4);
            }
        }, "werkmap-launcher");
        app.setDaemon(true);
        app.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FIRST_WINDOW_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (anyWindowShowing()) {
                Thread.sleep(1500);
                Runtime.getRuntime().halt(0);
            }
            Thread.sleep(100);
        }
        System.err.println("CDS-training: geen venster van de app binnen " + FIRST_WINDOW_TIMEOUT_SECONDS + " s.");
        Runtime.getRuntime().halt(5);
    }

    /** Asks on the FX thread; before the toolkit is up, runLater refuses and there is no window yet. */
    private static boolean anyWindowShowing() throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        boolean[] showing = new boolean[1];
        try {
            Platform.runLater(() -> {
                showing[0] = Window.getWindows().stream().anyMatch(Window::isShowing);
                answered.countDown();
            });
        } catch (IllegalStateException toolkitNotStarted) {
            return false;
        }
        return answered.await(2, TimeUnit.SECONDS) && showing[0];
    }
}
