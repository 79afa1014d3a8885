package nl.werkmap.bench.screens;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.ui.common.Background;

/**
 * One opening of the Agenda timed twice (issue 13, weekall2): from the event to the first pulse after its lists were
 * put in ("Vandaag" filled; the older overdue items may still be counted behind them), and on to the first pulse
 * after every background job ended (the count line filled too). An opening that finds its lines in place and starts
 * no read ends both at its first pulse. Whole-process CPU for both, as
 * {@link ScreensBench#measure} takes it.
 */
final class AgendaListsLap {

    /** The two ends of one opening. */
    record Laps(ScreensBench.Lap lists, ScreensBench.Lap done) {
    }

    private AgendaListsLap() {
    }

    /** Runs {@code show} on the FX thread; {@code shot}, when not null, saves the window as soon as the lists are in. */
    static Laps of(Stage stage, Background background, Runnable show, Path shot) throws Exception {
        java.lang.management.OperatingSystemMXBean bean = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) bean;
        CompletableFuture<ScreensBench.Lap> lists = new CompletableFuture<>();
        CompletableFuture<ScreensBench.Lap> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            ScreensBench.forgetFiredEvents(stage);
            long cpu0 = os.getProcessCpuTime();
            long gc0 = Figures.gcMs();
            long t0 = System.nanoTime();
            ScreensBench.asInput(scene);
            // Listened to before the opening when the Agenda was built already: a week kept or read ahead is put in
            // during show itself, before any pulse (issue 13); the first opening builds the table, so a table
            // found filled right after it was filled by it.
            boolean[] filled = {false};
            ListChangeListener<Object> put = change -> filled[0] = true;
            TableView<?> before = (TableView<?>) scene.lookup("#todayTable");
            if (before != null) {
                items(before).addListener(put);
            }
            show.run();
            TableView<?> today = (TableView<?>) scene.lookup("#todayTable");
            javafx.collections.ObservableList<Object> items = items(today);
            if (before == null) {
                filled[0] = !items.isEmpty();
                items.addListener(put);
            }
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                ScreensBench.Lap now = new ScreensBench.Lap((System.nanoTime() - t0) / 1e6,
                        (os.getProcessCpuTime() - cpu0) / 1e6, Figures.gcMs() - gc0);
                // Or no job left at all: the lines were in place already (a page made ahead with the week kept,
                // issue 13) and the opening read nothing, so what the table shows is what a read would give.
                if ((filled[0] || !background.busyProperty().get()) && !lists.isDone()) {
                    lists.complete(now);
                    items.removeListener(put);
                    if (shot != null) {
                        Platform.runLater(() -> save(scene, shot));
                    }
                }
                if (lists.isDone() && !background.busyProperty().get()) {
                    done.complete(now);
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return new Laps(lists.get(120, TimeUnit.SECONDS), done.get(120, TimeUnit.SECONDS));
    }

    @SuppressWarnings("unchecked")
    private static javafx.collections.ObservableList<Object> items(TableView<?> table) {
        return (javafx.collections.ObservableList<Object>) table.getItems();
    }

    /** The window as it is now, as a PNG (on the FX thread, without waiting for anything). */
    private static void save(Scene scene, Path file) {
        javafx.scene.image.WritableImage image = scene.snapshot(null);
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
