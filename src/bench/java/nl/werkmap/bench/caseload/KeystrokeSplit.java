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

    /** The FX thread (the constructor runs on it) and the bytes it had allocated then: its garbage per key. */
    private final long fxThread = Thread.currentThread().getId();
    private final long fxAllocated0 = allocated(fxThread);

    private long allocated(long thread) {
        return threads instanceof com.sun.management.ThreadMXBean sun ? sun.getThreadAllocatedBytes(thread) : -1;
    }

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
        threads0.putAll(taskTicks());
    }

    /** Each native thread's CPU in clock ticks (/proc/self/task), JIT and GC threads included, when typing began. */
    private final java.util.Map<String, Long> threads0 = new java.util.HashMap<>();

    /** tid and name → utime + stime in clock ticks (1/100 s on Linux), from /proc/self/task/TID/stat. */
    static java.util.Map<String, Long> taskTicks() {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return ticks;
        }
        for (java.io.File task : tasks) {
            try {
                String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(task.getName() + " " + name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (java.io.IOException | RuntimeException gone) {
                // The thread ended meanwhile.
            }
        }
        return ticks;
    }

    /** The JIT compiler threads' CPU so far (C1 and C2 together), in ms; 10 ms steps (clock ticks). */
    static long compilerMs() {
        long ticks = 0;
        for (java.util.Map.Entry<String, Long> e : taskTicks().entrySet()) {
            if (e.getKey().contains("Compiler")) {
                ticks += e.getValue();
            }
        }
        return ticks * 10;
    }

    /** Threads (by name, summed) with at least 0.05 ms CPU per key over the typing. */
    private void perThread(int keys) {
        java.util.Map<String, Double> byName = new java.util.TreeMap<>();
        taskTicks().forEach((key, now) -> {
            String name = key.substring(key.indexOf(' ') + 1).replaceAll("[0-9#]+$", "");
            double ms = (now - threads0.getOrDefault(key, 0L)) * 10.0 / keys;
            byName.merge(name, ms, Double::sum);
        });
        StringBuilder line = new StringBuilder();
        byName.forEach((name, ms) -> {
            if (ms >= 0.05) {
                line.append(String.format(java.util.Locale.ROOT, " [%s] %.2f", name, ms));
            }
        });
        System.out.println("PROBE thread cpu ms per key:" + line);
    }

    /** On the FX thread, before the key event is fired. */
    void eventStarts() {
        hook(table);
        mark = threads.getCurrentThreadCpuTime();
        wallEvent = System.nanoTime();
    }

    private long wallEvent;
    private long wallEventEnd;
    private final java.util.List<Double> waits = new java.util.ArrayList<>();
    private final java.util.List<Double> pulses = new java.util.ArrayList<>();
    private final java.util.List<Double> events = new java.util.ArrayList<>();

    /** On the FX thread, after the key event: times the next pulse's phases. */
    void eventEnds(Scene scene, Runnable[] check) {
        long now = threads.getCurrentThreadCpuTime();
        wallEventEnd = System.nanoTime();
        events.add((wallEventEnd - wallEvent) / 1e6);
        event += now - mark;
        mark = now;
        Runnable[] pre = new Runnable[1];
        Runnable[] post = new Runnable[1];
        pre[0] = () -> {
            scene.removePreLayoutPulseListener(pre[0]);
            long pulseStart = System.nanoTime();
            // From the end of the key event to the pulse that shows it: the pulse timer's tick, other work queued.
            waits.add((pulseStart - wallEventEnd) / 1e6);
            wallPulse = pulseStart;
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
            pulses.add((System.nanoTime() - wallPulse) / 1e6);
            long laid = threads.getCurrentThreadCpuTime();
            layout += laid - mark;
            long t = threads.getCurrentThreadCpuTime();
            // Runs after this pulse ended: bounds and the copy to the render graph.
            Platform.runLater(() -> after += threads.getCurrentThreadCpuTime() - t);
        };
        scene.addPreLayoutPulseListener(pre[0]);
        scene.addPostLayoutPulseListener(post[0]);
    }

    private long wallPulse;
    private static final java.lang.reflect.Method CSS_PASS;

    static {
        try {
            CSS_PASS = Scene.class.getDeclaredMethod("doCSSPass");
            CSS_PASS.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
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
        perThread(keys);
        double process = (Figures.processCpu() - process0) / 1e6 / keys;
        double render = renderer < 0 ? Double.NaN : (threads.getThreadCpuTime(renderer) - renderer0) / 1e6 / keys;
        double fx = (event + css + layout + after) / 1e6 / keys;
        ScreenRun.result("split_fx_event_ms", event / 1e6 / keys, "split_fx_css_ms", css / 1e6 / keys,
                "split_fx_layout_ms", layout / 1e6 / keys, "split_fx_after_ms", after / 1e6 / keys,
                "split_fx_ms", fx, "split_renderer_ms", render, "split_rest_ms", process - fx - render,
                "split_process_ms", process);
        // Wall time of a keystroke in three parts: the key event, the wait for the pulse, the pulse to its layout.
        ScreenRun.result("split_wall_event_p50_ms", Figures.percentile(events, 50), "split_wall_event_p95_ms",
                Figures.percentile(events, 95), "split_wall_wait_p50_ms", Figures.percentile(waits, 50),
                "split_wall_wait_p95_ms", Figures.percentile(waits, 95), "split_wall_pulse_p50_ms",
                Figures.percentile(pulses, 50), "split_wall_pulse_p95_ms", Figures.percentile(pulses, 95));
        ScreenRun.result("count_item_changes", (double) itemChanges / keys, "count_index_changes",
                (double) indexChanges / keys, "count_text_changes", (double) textChanges / keys,
                "count_nodes_hooked", (double) hooked.size());
        // Allocated on the FX thread per key (the search, the list change, CSS, layout, the render graph's copy).
        ScreenRun.result("count_fx_allocated_kb_per_key", (allocated(fxThread) - fxAllocated0) / 1024.0 / keys);
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
