package nl.werkmap.bench.screens;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.werkmap.bench.jvm.JvmThreadsCpu;

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
        return JvmThreadsCpu.ticksByThread(name -> name.replaceAll("\\d+$", "#"), new TreeMap<>());
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
