package nl.werkmap.bench.screens;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;

import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.ui.common.Background;

/**
 * A lap that ends when the screen is painted, not when it is laid out: {@link ScreensBench#measure} stops at the
 * pulse that shows the result, but the renderer paints that pulse after it, on its own thread. Here a job queued on
 * the renderer behind that pulse's paint marks the end. And before the click, {@link #settle} waits until the
 * previous step's painting and compiling are over, as a coach looks at the list before clicking a name; without
 * it the list's repaint and the JIT's queue from the step before are charged to the click.
 */
final class PaintedLap {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Pulses laid out until shown, laps, and nodes in the scene at each lap's end, summed (FX thread only). */
    private static int pulses;
    private static int laps;
    private static long nodes;
    /** Of {@link #nodes}: those under a hidden node (kept pages, closed sheets), walked for bounds all the same. */
    private static long hidden;

    /** -Dbench.dirty=true: each pulse of a lap prints what it styles and syncs (see {@link PulseDiagnosis}). */
    private static final boolean DIRTY = Boolean.getBoolean("bench.dirty");

    private PaintedLap() {
    }

    /** "pulses per lap, nodes in the scene per lap" since the last call; then starts counting afresh. */
    static String counts() throws Exception {
        CompletableFuture<String> text = new CompletableFuture<>();
        Platform.runLater(() -> {
            text.complete(String.format(java.util.Locale.ROOT, "%.1f pulses laid out per lap, %d nodes in the"
                    + " scene, %d of them hidden (every pulse that changed something walks them all for bounds)",
                    pulses / (double) Math.max(1, laps), nodes / Math.max(1, laps), hidden / Math.max(1, laps)));
            pulses = 0;
            laps = 0;
            nodes = 0;
            hidden = 0;
        });
        return text.get(10, TimeUnit.SECONDS);
    }

    private static int count(javafx.scene.Node node) {
        return count(node, false);
    }

    /** Nodes in the subtree; those under a hidden node are added to {@link #hidden} as well. */
    private static int count(javafx.scene.Node node, boolean underHidden) {
        boolean off = underHidden || !node.isVisible();
        int n = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                n += count(child, off);
            }
        }
        if (off) {
            hidden++;
        }
        return n;
    }

    /** Saves the window as a PNG (-Dbench.openShot=FILE.png: the candidate page after an opening). */
    static void shot(Stage stage, java.nio.file.Path file) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage((int) scene.getWidth(),
                    (int) scene.getHeight());
            scene.snapshot(image);
            try {
                java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        file.toFile());
                done.complete(null);
            } catch (java.io.IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code action} on the FX thread; ends when the pulse after which no background job runs and
     * {@code shown} holds has been painted. Wall and whole-process CPU from just before the action.
     */
    static ScreensBench.Lap measure(Stage stage, Background background, Runnable action, BooleanSupplier shown)
            throws Exception {
        CompletableFuture<ScreensBench.Lap> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            ScreensBench.forgetFiredEvents(stage);
            long cpu0 = OS.getProcessCpuTime();
            long gc0 = Figures.gcMs();
            long t0 = System.nanoTime();
            ScreensBench.asInput(scene);
            action.run();
            boolean[] seen = new boolean[1];
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (!seen[0]) {
                    pulses++;
                    if (DIRTY) {
                        PulseDiagnosis.synced(scene);
                    }
                }
                if (!seen[0] && !background.busyProperty().get() && shown.getAsBoolean()) {
                    seen[0] = true;
                    laps++;
                    // After this pulse (it queues its paint on the renderer), a job behind that paint.
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(listener[0]);
                        Toolkit.getToolkit().addRenderJob(new RenderJob(() -> done.complete(new ScreensBench.Lap(
                                (System.nanoTime() - t0) / 1e6, (OS.getProcessCpuTime() - cpu0) / 1e6,
                                Figures.gcMs() - gc0))));
                    });
                } else if (!seen[0]) {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            if (DIRTY) {
                Runnable[] css = new Runnable[1];
                css[0] = () -> {
                    PulseDiagnosis.styled(scene);
                    if (seen[0]) {
                        scene.removePreLayoutPulseListener(css[0]);
                    }
                };
                scene.addPreLayoutPulseListener(css[0]);
            }
            Platform.requestNextPulse();
        });
        ScreensBench.Lap lap = done.get(120, TimeUnit.SECONDS);
        // Counted after the lap, not inside it: walking the scene is the bench's work, not the screen's.
        CompletableFuture<Void> counted = new CompletableFuture<>();
        Platform.runLater(() -> {
            nodes += count(stage.getScene().getRoot());
            counted.complete(null);
        });
        counted.get(60, TimeUnit.SECONDS);
        return lap;
    }

    /**
     * Waits until what the last step set going is over: its paint (a renderer job behind it) and then the process
     * quiet (under 10% of one core over 100 ms: compiler and collector done), at most 3 s.
     */
    static void settle() throws Exception {
        CompletableFuture<Void> painted = new CompletableFuture<>();
        Platform.runLater(() -> Toolkit.getToolkit().addRenderJob(new RenderJob(() -> painted.complete(null))));
        painted.get(60, TimeUnit.SECONDS);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < until) {
            long cpu0 = OS.getProcessCpuTime();
            Thread.sleep(100);
            if (OS.getProcessCpuTime() - cpu0 < TimeUnit.MILLISECONDS.toNanos(10)) {
                return;
            }
        }
    }
}
