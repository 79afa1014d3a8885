package nl.werkmap.bench.jvm;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The CPU of the JVM's own threads in this process, garbage collector and JIT compilers apart, from /proc (Linux;
 * the JVM's beans do not show these threads), to compare collectors and JIT options on the same work. GC: the
 * collector's threads ("GC Thread#", G1's concurrent, refinement and service threads) and the VM thread, which
 * runs the serial collector's collections and every safepoint. JIT: the compiler threads; a lower bound, as a
 * compiler thread the JVM ends takes its time along.
 */
public final class JvmThreadsCpu {

    private static final double MS_PER_TICK = 10.0;

    private final Map<String, Long> start = snapshot();

    /** CPU in ms per group since this was made: "GC" and "JIT". */
    public Map<String, Double> sinceStart() {
        Map<String, Long> now = snapshot();
        Map<String, Double> used = new LinkedHashMap<>();
        for (String group : new String[] {"GC", "JIT"}) {
            used.put(group, (now.getOrDefault(group, 0L) - start.getOrDefault(group, 0L)) * MS_PER_TICK);
        }
        return used;
    }

    /** "GC 812 ms, JIT 2,310 ms" since this was made. */
    public String format() {
        Map<String, Double> used = sinceStart();
        return String.format(Locale.ROOT, "GC %,.0f ms (collector threads and VM thread), JIT %,.0f ms (compiler"
                + " threads, lower bound)", used.get("GC"), used.get("JIT"));
    }

    private static String group(String thread) {
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ") || thread.equals("VM Thread")) {
            return "GC";
        }
        if (thread.startsWith("C1 CompilerThre") || thread.startsWith("C2 CompilerThre")) {
            return "JIT";
        }
        return "other";
    }

    private static Map<String, Long> snapshot() {
        return ticksByThread(JvmThreadsCpu::group, new LinkedHashMap<>());
    }

    /**
     * Each thread's CPU now, in clock ticks, summed into {@code into} under {@code key} of its name (Linux /proc;
     * left empty elsewhere). A thread that ends between the listing and the read is left out.
     */
    public static <M extends Map<String, Long>> M ticksByThread(Function<String, String> key, M into) {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return into;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String stat = Files.readString(task.resolve("stat"));
                    // After the name in parentheses: utime and stime are fields 14 and 15 of the line.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    into.merge(key.apply(name), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // A thread that ended between the listing and the read.
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + tasks, e);
        }
        return into;
    }
}
