package nl.werkmap.bench.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * CPU per thread group while a bench runs, for the device stages of a sync: the sync's writer thread ends before
 * the round returns, so its CPU cannot be asked afterwards. A daemon thread reads every live thread's CPU time
 * every {@value #EVERY_MS} ms and keeps the last figure per thread; a thread that ends loses at most its last
 * interval. What the groups leave of the whole process's CPU is the JVM's own work (GC, JIT) and that loss.
 */
final class ThreadCpuWatch implements AutoCloseable {

    private static final long EVERY_MS = 20;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Function<String, String> group;
    private final Map<Long, Long> start = new HashMap<>();
    private final Map<Long, Long> last = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> allocatedStart = new HashMap<>();
    private final Map<Long, Long> allocatedLast = new HashMap<>();
    private final long processStart;
    private final Thread sampler;
    private volatile boolean running = true;

    /** {@code group}: a thread's name to the group it counts in. */
    ThreadCpuWatch(Function<String, String> group) {
        this.group = group;
        sample(start, allocatedStart);
        processStart = OS.getProcessCpuTime();
        sampler = new Thread(() -> {
            while (running) {
                synchronized (last) {
                    sample(last, allocatedLast);
                }
                try {
                    Thread.sleep(EVERY_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-cpu-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample(Map<Long, Long> into, Map<Long, Long> allocated) {
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu < 0) {
                continue;
            }
            into.put(id, cpu);
            long bytes = threads.getThreadAllocatedBytes(id);
            if (bytes >= 0) {
                allocated.put(id, bytes);
            }
            if (!names.containsKey(id)) {
                ThreadInfo info = threads.getThreadInfo(id);
                if (info != null) {
                    names.put(id, info.getThreadName());
                }
            }
        }
    }

    /** The CPU in ms per group since the watch began, and "JVM (GC, JIT) and the rest" for what they leave. */
    Map<String, Double> stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long process = OS.getProcessCpuTime() - processStart;
        Map<String, Double> ms = new LinkedHashMap<>();
        long counted = 0;
        synchronized (last) {
            sample(last, allocatedLast);
            for (Map.Entry<Long, Long> e : last.entrySet()) {
                String name = names.getOrDefault(e.getKey(), "?");
                if (name.equals("bench-cpu-watch")) {
                    continue;
                }
                long used = e.getValue() - start.getOrDefault(e.getKey(), 0L);
                counted += used;
                ms.merge(group.apply(name), used / 1e6, Double::sum);
            }
        }
        ms.put("JVM (GC, JIT) and the rest", (process - counted) / 1e6);
        return ms;
    }

    /** MB allocated per group since the watch began (a count the machine's load does not change); after stop. */
    Map<String, Double> allocatedMb() {
        Map<String, Double> mb = new LinkedHashMap<>();
        synchronized (last) {
            for (Map.Entry<Long, Long> e : allocatedLast.entrySet()) {
                String name = names.getOrDefault(e.getKey(), "?");
                if (!name.equals("bench-cpu-watch")) {
                    mb.merge(group.apply(name), (e.getValue() - allocatedStart.getOrDefault(e.getKey(), 0L)) / 1e6,
                            Double::sum);
                }
            }
        }
        return mb;
    }

    static String format(Map<String, Double> ms) {
        StringBuilder text = new StringBuilder();
        ms.forEach((name, cpu) -> text.append(text.isEmpty() ? "" : "; ")
                .append(String.format(Locale.ROOT, "%s %.0f ms", name, cpu)));
        return text.toString();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
