package nl.werkmap.bench.sync;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How long this process's threads waited for a core while a bench ran: runnable, but another thread (of this
 * process or any other on the machine) had the CPU. From the kernel's per-thread scheduler figures
 * ({@code /proc/self/task/TID/schedstat}, second field: time spent waiting on a run queue, in ns; Linux only), read
 * every {@value #EVERY_MS} ms and kept at the last figure per thread, as threads end during a sync (the writer ends
 * with each round; a thread that ends loses at most its last interval). On a busy shared machine this says how much
 * of a wall time was other work's; it is not a quiet measurement.
 */
final class RunQueueWatch {

    private static final long EVERY_MS = 50;
    private static final Path TASKS = Path.of("/proc/self/task");

    private final Function<String, String> group;
    private final Map<String, Long> start = new HashMap<>();
    private final Map<String, Long> last = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    /** {@code group}: a thread's name to the group it counts in. */
    RunQueueWatch(Function<String, String> group) {
        this.group = group;
        sample(start);
        sampler = new Thread(() -> {
            while (running) {
                synchronized (last) {
                    sample(last);
                }
                try {
                    Thread.sleep(EVERY_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-runqueue-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Run-queue wait in ms per group since this began, then "all"; empty where /proc has no schedstat. */
    Map<String, Double> stop() {
        running = false;
        Map<String, Double> waited = new LinkedHashMap<>();
        synchronized (last) {
            sample(last);
            double all = 0;
            for (Map.Entry<String, Long> e : last.entrySet()) {
                double ms = (e.getValue() - start.getOrDefault(e.getKey(), 0L)) / 1e6;
                waited.merge(group.apply(names.get(e.getKey())), ms, Double::sum);
                all += ms;
            }
            if (!last.isEmpty()) {
                waited.put("all threads", all);
            }
        }
        return waited;
    }

    /** The groups of a sync by the kernel's thread names (cut at 15 characters): apply, read, JIT, GC, other. */
    static String syncGroup(String comm) {
        if (comm.startsWith("werkmap-sync-ap")) {
            return "device apply";
        }
        if (comm.equals("main") || comm.equals("java")) {
            // The launcher's main thread keeps the process's name; the launcher's first thread only waits.
            return "device read (main)";
        }
        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
            return "JIT";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread")) {
            return "GC";
        }
        return "other";
    }

    static String format(Map<String, Double> waited) {
        StringBuilder text = new StringBuilder();
        waited.forEach((name, ms) -> text.append(text.length() == 0 ? "" : "; ")
                .append(String.format(Locale.ROOT, "%s %.0f ms", name, ms)));
        return text.length() == 0 ? "not known (no /proc/self/task/*/schedstat)" : text.toString();
    }

    private void sample(Map<String, Long> into) {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String tid = task.getFileName().toString();
                try {
                    String[] stat = Files.readString(task.resolve("schedstat")).trim().split(" ");
                    into.put(tid, Long.parseLong(stat[1]));
                    // A new thread has the process's name ("java") until the JVM names it: ask again until then.
                    names.compute(tid, (t, known) -> known == null || known.equals("java") ? comm(task) : known);
                } catch (IOException | RuntimeException ended) {
                    // The thread ended while it was read: its last figure stays.
                }
            }
        } catch (IOException notLinux) {
            // No /proc: nothing to report.
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
