package nl.werkmap.bench.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Theme;
import org.testfx.api.FxToolkit;

/**
 * What drawing a scroll pane's viewport without JavaFX's cached image (issue 13, {@code UncachedScrollPaneSkin})
 * costs or saves where a coach feels it: scrolling a long form step by step and typing in a text area inside it,
 * each step ended at its paint, with JavaFX's own skin (the viewport cached) and the app's, interleaved in one JVM
 * on Monocle's software renderer. Whole-process CPU and wall per step, p50 and p95.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt) nl.werkmap.bench.screens.ScrollBench [ROUNDS]}
 */
public final class ScrollBench {

    private static final int STEPS = 40;

    private ScrollBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ScreensBench.headless();
        System.out.printf(Locale.ROOT, "%d processors, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Stage stage = FxToolkit.registerPrimaryStage();
        Background idle = Background.sameThread();
        List<ScreensBench.Lap> scrollCached = new ArrayList<>();
        List<ScreensBench.Lap> scrollApp = new ArrayList<>();
        List<ScreensBench.Lap> typeCached = new ArrayList<>();
        List<ScreensBench.Lap> typeApp = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            for (boolean cached : new boolean[] {true, false}) {
                ScrollPane[] pane = new ScrollPane[1];
                TextArea[] note = new TextArea[1];
                FxToolkit.setupFixture(() -> {
                    note[0] = new TextArea("Afspraken met de werkgever.\n".repeat(3));
                    pane[0] = new ScrollPane(form(note[0]));
                    pane[0].setFitToWidth(true);
                    if (cached) {
                        // An inline style wins over the app's stylesheet: JavaFX's own skin, viewport cached.
                        pane[0].setStyle("-fx-skin: \"javafx.scene.control.skin.ScrollPaneSkin\";");
                    }
                    Theme.applyUserAgent();
                    Scene scene = new Scene(pane[0], 1366, 768);
                    Theme.style(scene);
                    stage.setScene(scene);
                    stage.show();
                });
                PaintedLap.measure(stage, idle, () -> { }, () -> true);
                if (cached) {
                    cachedInsideTextArea(note[0]);
                }
                if (round == 0) {
                    System.out.printf(Locale.ROOT, "%s: the form's skin %s, its viewport cached: %s%n",
                            cached ? "JavaFX's" : "the app's", pane[0].getSkin().getClass().getSimpleName(),
                            pane[0].lookup(".viewport").isCache());
                }
                List<ScreensBench.Lap> scroll = cached ? scrollCached : scrollApp;
                List<ScreensBench.Lap> type = cached ? typeCached : typeApp;
                for (int i = 1; i <= 2 * STEPS; i++) {
                    double v = i <= STEPS ? i / (double) STEPS : (2 * STEPS - i) / (double) STEPS;
                    ScreensBench.Lap lap = PaintedLap.measure(stage, idle, () -> pane[0].setVvalue(v), () -> true);
                    if (round > 0) {
                        scroll.add(lap);
                    }
                }
                FxToolkit.setupFixture(() -> {
                    pane[0].setVvalue(0);
                    note[0].requestFocus();
                    note[0].end();
                });
                for (int i = 0; i < STEPS; i++) {
                    ScreensBench.Lap lap = PaintedLap.measure(stage, idle, () -> note[0].appendText("a"), () -> true);
                    if (round > 0) {
                        type.add(lap);
                    }
                }
            }
        }
        ScreensBench.report("scroll one step, JavaFX's skin (viewport cached)", scrollCached, null, "-");
        ScreensBench.report("scroll one step, the app's skin (viewport drawn as it is)", scrollApp, null, "-");
        ScreensBench.report("a key typed in a text area in the form, JavaFX's skins", typeCached, null, "-");
        ScreensBench.report("a key typed in a text area in the form, the app's skin", typeApp, null, "-");
        System.out.printf(Locale.ROOT, "load average at end %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Platform.exit();
        System.exit(0);
    }

    /** The text area's own scroll pane gets JavaFX's skin too once its skin exists (the cached variant). */
    private static void cachedInsideTextArea(TextArea note) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            note.lookupAll(".scroll-pane").forEach(n -> n.setStyle(
                    "-fx-skin: \"javafx.scene.control.skin.ScrollPaneSkin\";"));
            note.applyCss();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }

    /** A form as long as a candidate's profile: labels, fields, choices, dates and text areas in two columns. */
    private static GridPane form(TextArea note) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int row = 0; row < 60; row++) {
            for (int col = 0; col < 2; col++) {
                grid.add(new Label("Veld " + row + "." + col), col * 2, row);
                javafx.scene.Node field = switch (row % 4) {
                    case 0 -> new TextField("Waarde " + row);
                    case 1 -> new ComboBox<>(javafx.collections.FXCollections.observableArrayList("Ja", "Nee"));
                    case 2 -> new DatePicker();
                    default -> new TextArea("Notitie " + row + "\nTweede regel");
                };
                if (field instanceof TextArea area) {
                    area.setPrefRowCount(2);
                }
                grid.add(field, col * 2 + 1, row);
            }
        }
        grid.add(new Label("Notitie"), 0, 60);
        grid.add(note, 1, 60);
        return grid;
    }
}
