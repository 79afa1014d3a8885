package nl.werkmap.bench.caseload;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Process-wide CPU time (every thread, JIT and GC included) and percentiles, for the benches in this package. */
public final class Figures {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Figures() {
    }

    /** CPU time of the whole process so far, all threads, in nanoseconds. */
    public static long processCpu() {
        return OS.getProcessCpuTime();
    }

    public static double loadAverage() {
        return OS.getSystemLoadAverage();
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
