package nl.werkmap.bench.screens;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * What the hidden pages cost every pulse that changed something: JavaFX's "Update bounds" phase calls
 * {@code updateBounds()} on the scene's root, which visits every node, hidden ones too (kept pages, the screen made
 * ahead, closed sheets). Here that walk is run on the settled scene many times and timed on the FX thread's CPU
 * clock, beside the number of nodes and how many of them are hidden, so the cost of a hidden node is known without
 * a change to the app. The walk is JavaFX's own (reached by reflection, bench only); a settled scene has nothing
 * dirty, so each walk does exactly what a pulse's walk does over unchanged nodes.
 */
final class BoundsWalk {

    private static final int WALKS = 2_000;

    private BoundsWalk() {
    }

    /** "bounds walk: X µs per pulse over N nodes (H hidden), Y ns per node" for the stage's scene now. */
    static String measure(Stage stage) throws Exception {
        CompletableFuture<String> text = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Method walk = Node.class.getDeclaredMethod("updateBounds");
                walk.setAccessible(true);
                Parent root = stage.getScene().getRoot();
                int[] counts = new int[2];
                count(root, false, counts);
                var threads = ManagementFactory.getThreadMXBean();
                // Warm the walk first, as after a day's pulses; then time it.
                for (int i = 0; i < WALKS; i++) {
                    walk.invoke(root);
                }
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int i = 0; i < WALKS; i++) {
                    walk.invoke(root);
                }
                double wallUs = (System.nanoTime() - t0) / 1e3 / WALKS;
                double cpuUs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / WALKS;
                text.complete(String.format(Locale.ROOT, "bounds walk (JavaFX's, every changed pulse): %.1f us CPU"
                        + " (%.1f us wall) per pulse over %,d nodes, %,d of them hidden; %.1f ns per node",
                        cpuUs, wallUs, counts[0], counts[1], cpuUs * 1e3 / Math.max(1, counts[0])));
            } catch (ReflectiveOperationException | RuntimeException e) {
                text.completeExceptionally(e);
            }
        });
        return text.get(60, TimeUnit.SECONDS);
    }

    private static void count(Node node, boolean underHidden, int[] counts) {
        boolean hidden = underHidden || !node.isVisible();
        counts[0]++;
        if (hidden) {
            counts[1]++;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count(child, hidden, counts);
            }
        }
    }
}
