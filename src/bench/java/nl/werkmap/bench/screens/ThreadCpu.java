package nl.werkmap.bench.screens;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of every thread of this process, by thread name, read from /proc (Linux): the JIT compilers, the
 * garbage collector and the renderer are threads the JVM's own beans do not show. Names ending in a number are
 * summed ("C2 CompilerThre0", "C2 CompilerThre1" as "C2 CompilerThre#"). Used by {@link ScreensBench} with
 * {@code -Dbench.threads=true} to say where a screen's whole-process CPU goes.
 */
final class ThreadCpu {

    private static final double MS_PER_TICK = 10.0;
    /** Thread name to the CPU it used over the laps added, in clock ticks. */
    private final Map<String, Long> used = new TreeMap<>();
    private int laps;

    /** Now, by thread name, in clock ticks; an empty map where /proc is not there. */
    static Map<String, Long> snapshot() {
        Map<String, Long> now = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return now;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+$", "#");
                    String stat = Files.readString(task.resolve("stat"));
                    // Fields after the name in parentheses: state is field 3, utime 14, stime 15.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    now.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // A thread that ended between the listing and the read: its time is no longer asked for.
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + tasks, e);
        }
        return now;
    }

    /** Adds one lap: the difference between two snapshots (threads that ended meanwhile are lost). */
    void add(Map<String, Long> before, Map<String, Long> after) {
        laps++;
        after.forEach((name, ticks) -> {
            long d = ticks - before.getOrDefault(name, 0L);
            if (d > 0) {
                used.merge(name, d, Long::sum);
            }
        });
    }

    /** "FX 12.0 ms, C2 8.5 ms, ..." per lap, largest first. */
    String perLap() {
        StringBuilder out = new StringBuilder();
        used.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).forEach(e -> out
                .append(out.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f ms", e.getKey(), e.getValue() * MS_PER_TICK / laps)));
        return out.toString();
    }
}
