package nl.werkmap.bench.caseload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Process-wide CPU time (every thread, JIT and GC included) and percentiles, for the benches in this package. On a
 * runtime without jdk.management (the app-image's, {@code -Dbench.appImage}) the CPU time is read from
 * /proc/self/stat instead, in clock ticks (10 ms; Linux).
 */
public final class Figures {

    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
    private static final LongSupplier PROCESS_CPU = processCpuClock();

    private Figures() {
    }

    /** CPU time of the whole process so far, all threads, in nanoseconds. */
    public static long processCpu() {
        return PROCESS_CPU.getAsLong();
    }

    /** CPU time of the calling thread so far, in nanoseconds. */
    public static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The collectors' time so far, every collector bean (G1: young, mixed and full pauses), in milliseconds. */
    public static long gcMs() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    public static double loadAverage() {
        return OS.getSystemLoadAverage();
    }

    private static LongSupplier processCpuClock() {
        if (ModuleLayer.boot().findModule("jdk.management").isPresent()) {
            return JdkManagement::processCpu;
        }
        return Figures::procStatCpu;
    }

    /** utime + stime of /proc/self/stat (fields 14 and 15, after the command name in parentheses), in ns. */
    private static long procStatCpu() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10_000_000L;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Apart, so this class loads where com.sun.management is missing. */
    private static final class JdkManagement {
        private static final com.sun.management.OperatingSystemMXBean SUN =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        static long processCpu() {
            return SUN.getProcessCpuTime();
        }
    }

    public static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    public static double ms(long startNanos, long endNanos) {
        return (endNanos - startNanos) / 1_000_000.0;
    }
}
