package nl.werkmap.bench.caseload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

import nl.werkmap.store.caseload.CaseloadRow;

/**
 * Where one keystroke's CPU goes ({@code -Dbench.split=true}): the FX thread's CPU time split into the key event
 * (search and list change), the CSS pass (run ahead in a pre-layout listener, so the pulse's own finds it done), the
 * layout pass, and what follows the layout (bounds, copy to the render graph); the renderer thread's CPU over all
 * keys; and counts: cells whose item changed, texts set. Thread CPU time, not wall time, so the split holds on a
 * loaded machine.
 */
final class KeystrokeSplit {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final TableView<CaseloadRow> table;
    private final long renderer;
    private final long renderer0;
    private final long process0 = Figures.processCpu();
    private final Set<Node> hooked = Collections.newSetFromMap(new IdentityHashMap<>());
    private long event;
    private long css;
    private long layout;
    private long after;
    private long itemChanges;
    private long textChanges;
    private long indexChanges;
    private long mark;

    KeystrokeSplit(TableView<CaseloadRow> table) {
        this.table = table;
        long found = -1;
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            if (info.getThreadName().startsWith("QuantumRenderer")) {
                found = info.getThreadId();
            }
        }
        renderer = found;
        renderer0 = found < 0 ? 0 : threads.getThreadCpuTime(found);
    }

    /** On the FX thread, before the key event is fired. */
    void eventStarts() {
        hook(table);
        mark = threads.getCurrentThreadCpuTime();
    }

    /** On the FX thread, after the key event: times the next pulse's phases. */
    void eventEnds(Scene scene, Runnable[] check) {
        long now = threads.getCurrentThreadCpuTime();
        event += now - mark;
        mark = now;
        Runnable[] pre = new Runnable[1];
        Runnable[] post = new Runnable[1];
        pre[0] = () -> {
            scene.removePreLayoutPulseListener(pre[0]);
            dirty(scene.getRoot(), dirtyBeforeCss, "");
            long t = threads.getCurrentThreadCpuTime();
            // The pulse's own CSS pass, run here to time it (applyCss on the root would restyle every node).
            try {
                CSS_PASS.invoke(scene);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            long t2 = threads.getCurrentThreadCpuTime();
            css += t2 - t;
            mark = t2;
        };
        post[0] = () -> {
            scene.removePostLayoutPulseListener(post[0]);
            long laid = threads.getCurrentThreadCpuTime();
            layout += laid - mark;
            dirty(scene.getRoot(), dirtyAfterLayout, "");
            long t = threads.getCurrentThreadCpuTime();
            // Runs after this pulse ended: bounds and the copy to the render graph.
            Platform.runLater(() -> after += threads.getCurrentThreadCpuTime() - t);
        };
        scene.addPreLayoutPulseListener(pre[0]);
        scene.addPostLayoutPulseListener(post[0]);
    }

    private final java.util.Map<String, Integer> dirtyBeforeCss = new java.util.TreeMap<>();
    private final java.util.Map<String, Integer> dirtyAfterLayout = new java.util.TreeMap<>();
    private static final java.lang.reflect.Field CSS_FLAG;
    private static final java.lang.reflect.Method CSS_PASS;

    static {
        try {
            CSS_PASS = Scene.class.getDeclaredMethod("doCSSPass");
            CSS_PASS.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        java.lang.reflect.Field f = null;
        try {
            f = Node.class.getDeclaredField("cssFlag");
            f.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.out.println("PROBE no cssFlag: " + e);
        }
        CSS_FLAG = f;
    }

    /** Counts the nodes CSS will visit, by kind: a node whose flag is not CLEAN (temporary probe). */
    private static void dirty(Node node, java.util.Map<String, Integer> counts, String parentFlag) {
        if (CSS_FLAG == null) {
            return;
        }
        String flag;
        try {
            flag = String.valueOf(CSS_FLAG.get(node));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        boolean updated = !flag.equals("CLEAN") && !flag.equals("DIRTY_BRANCH");
        // Children of an updated parent are updated too.
        if (updated || parentFlag.equals("UPDATE") || parentFlag.equals("REAPPLY")) {
            String kind = node.getClass().getSimpleName() + (node.getStyleClass().isEmpty() ? ""
                    : "." + node.getStyleClass().get(0)) + (updated ? ":" + flag : "");
            counts.merge(kind, 1, Integer::sum);
            if (!updated) {
                flag = parentFlag;
            }
        }
        if (flag.equals("CLEAN")) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                dirty(child, counts, flag);
            }
        }
    }

    private void hook(Node node) {
        if (hooked.add(node)) {
            if (node instanceof IndexedCell<?> cell) {
                cell.itemProperty().addListener(o -> itemChanges++);
                cell.indexProperty().addListener(o -> indexChanges++);
            }
            if (node instanceof Labeled label) {
                label.textProperty().addListener(o -> textChanges++);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                hook(child);
            }
        }
    }

    void report(int keys) throws Exception {
        // Let the last pulse's runLater run.
        CompletableFutureWait.onFx();
        Platform.runLater(() -> effects(table.getScene().getRoot(), ""));
        CompletableFutureWait.onFx();
        double process = (Figures.processCpu() - process0) / 1e6 / keys;
        double render = renderer < 0 ? Double.NaN : (threads.getThreadCpuTime(renderer) - renderer0) / 1e6 / keys;
        double fx = (event + css + layout + after) / 1e6 / keys;
        ScreenRun.result("split_fx_event_ms", event / 1e6 / keys, "split_fx_css_ms", css / 1e6 / keys,
                "split_fx_layout_ms", layout / 1e6 / keys, "split_fx_after_ms", after / 1e6 / keys,
                "split_fx_ms", fx, "split_renderer_ms", render, "split_rest_ms", process - fx - render,
                "split_process_ms", process);
        System.out.println("EFFECT css-dirty before the CSS pass, per key: " + perKey(dirtyBeforeCss, keys));
        System.out.println("EFFECT css-dirty after the layout pass, per key: " + perKey(dirtyAfterLayout, keys));
        ScreenRun.result("count_item_changes", (double) itemChanges / keys, "count_index_changes",
                (double) indexChanges / keys, "count_text_changes", (double) textChanges / keys,
                "count_nodes_hooked", (double) hooked.size());
    }

    private static String perKey(java.util.Map<String, Integer> counts, int keys) {
        StringBuilder out = new StringBuilder();
        int total = 0;
        for (var e : counts.entrySet()) {
            total += e.getValue();
        }
        out.append(String.format(java.util.Locale.ROOT, "total %.1f;", (double) total / keys));
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25).forEach(e -> out.append(
                String.format(java.util.Locale.ROOT, " %s %.1f", e.getKey(), (double) e.getValue() / keys)));
        return out.toString();
    }

    /** Nodes shown with an effect: each repaint under them goes through an offscreen image (temporary probe). */
    static void effects(Node node, String path) {
        if (!node.isVisible()) {
            return;
        }
        String here = path + "/" + node.getClass().getSimpleName() + node.getStyleClass();
        if (node.getEffect() != null) {
            System.out.println("EFFECT " + here + " " + node.getEffect() + " bounds " + node.getLayoutBounds());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                effects(child, here);
            }
        }
    }

    /** Waits for the FX thread to run what was queued before. */
    private static final class CompletableFutureWait {
        static void onFx() throws Exception {
            java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> done.complete(null));
            done.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
