package nl.werkmap.bench.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The device's stages of a first sync, watched from beside it (TeamSyncBench): when the first bundle's apply was
 * committed in the lead's file (a read-only connection of its own asks every 20 ms for the first received change-log
 * entry), and the CPU per thread (every Java thread's CPU time, sampled every 50 ms and kept at its last value, put
 * together by name: the reader that opens bundles, the apply thread, the hub's HTTP threads, the HTTP client's),
 * with what the process used beyond them (JIT, GC and the JVM's own threads).
 */
final class DeviceStages {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long start;
    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Map<Long, Long> cpu = new LinkedHashMap<>();
    /** Each thread's CPU when the watch began: the round's share is what came after. */
    private final Map<Long, Long> before = new LinkedHashMap<>();
    private volatile long firstApplied = -1;
    private volatile boolean stop;
    private final Thread watcher;
    private final Path file;

    private DeviceStages(Path file, long start) {
        this.file = file;
        this.start = start;
        sampleThreads();
        before.putAll(cpu);
        watcher = new Thread(this::watch, "bench-stages");
        watcher.setDaemon(true);
        watcher.start();
    }

    static DeviceStages watch(Path leadFile, long startNanos) {
        return new DeviceStages(leadFile, startNanos);
    }

    private void watch() {
        Connection db = null;
        try {
            while (!stop) {
                sampleThreads();
                if (firstApplied < 0) {
                    try {
                        if (db == null) {
                            db = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
                        }
                        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                                "SELECT 1 FROM change_log WHERE bundle_id = 'received' LIMIT 1")) {
                            if (rs.next()) {
                                firstApplied = System.nanoTime();
                            }
                        }
                    } catch (SQLException notYet) {
                        // the file or table is not there yet, or busy: ask again at the next tick
                    }
                }
                Thread.sleep(firstApplied < 0 ? 20 : 50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (db != null) {
                try {
                    db.close();
                } catch (SQLException ignored) {
                    // a read-only connection of the bench: nothing to keep
                }
            }
        }
    }

    private synchronized void sampleThreads() {
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long t = THREADS.getThreadCpuTime(info.getThreadId());
            if (t > 0) {
                names.put(info.getThreadId(), info.getThreadName());
                cpu.put(info.getThreadId(), t);
            }
        }
    }

    /** Prints the stages of the round just ended; {@code processCpuMs} is the whole process's CPU in it. */
    void print(double processCpuMs) {
        stop = true;
        watcher.interrupt();
        try {
            watcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampleThreads();
        Map<String, Double> byGroup = new TreeMap<>();
        double javaThreads = 0;
        synchronized (this) {
            for (Map.Entry<Long, Long> e : cpu.entrySet()) {
                String group = names.get(e.getKey()).replaceAll("[-#]?\\d+", "-N");
                double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1e6;
                byGroup.merge(group, ms, Double::sum);
                javaThreads += ms;
            }
        }
        StringBuilder line = new StringBuilder();
        byGroup.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(8)
                .forEach(e -> line.append(String.format(Locale.ROOT, "%s %.0f, ", e.getKey(), e.getValue())));
        System.out.printf(Locale.ROOT, "device stages: first bundle applied (committed) after %s ms wall | CPU ms by"
                + " thread in the round (the laptop's reader is main): %sJIT/GC/JVM and ended threads"
                + " about %.0f (the process's round CPU less the Java threads' own)%n",
                firstApplied < 0 ? "?" : String.format(Locale.ROOT, "%.0f", (firstApplied - start) / 1e6), line,
                Math.max(0, processCpuMs - javaThreads));
    }
}
