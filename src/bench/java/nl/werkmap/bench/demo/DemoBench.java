package nl.werkmap.bench.demo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jooq.Record;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.app.demo.DemoSummary;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * Prints, for each size given on the command line (default 5,000 and 150,000): how long generating a demo caseload
 * takes end to end into a fresh encrypted SQLite file, its size per candidate and per table or index (dbstat), and
 * how long a coach waits after unlock (open + CaseloadQuery.load + CaseloadIndex.build), wall and CPU time of all
 * threads of this process (the machine may be shared). The vault uses the fast test key derivation; unlock time is
 * measured by UnlockBench. {@code -Dbench.keep=DIR} keeps the files there and, on a later run, only times the
 * opens of what is kept; {@code -Dbench.runs=N} sets the number of opens.
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.bench.demo.DemoBench -Dexec.args="5000 150000"</pre>
 */
public final class DemoBench {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DemoBench() {
    }

    public static void main(String[] args) throws IOException, WrongPassphraseException {
        int[] sizes = args.length == 0 ? new int[] {5_000, 150_000}
                : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int candidates) throws IOException, WrongPassphraseException {
        String keep = System.getProperty("bench.keep");
        Path dir = keep == null ? Files.createTempDirectory("werkmap-demo-bench")
                : Files.createDirectories(Path.of(keep, "c" + candidates));
        try {
            Path db = dir.resolve("werkmap.db");
            if (Files.exists(db)) {
                // A kept caseload of an earlier run: time the opens again without generating it again.
                Vault vault = TestVaults.unlock(dir.resolve("keyring.json"), TestVaults.PASSPHRASE.toCharArray());
                System.out.printf(Locale.ROOT, "%n== demo %,d candidates (kept in %s) ==%n", candidates, dir);
                coldOpens(db, vault.sealer());
                vault.lock();
                return;
            }
            Vault vault = TestVaults.create(dir.resolve("keyring.json"));
            long start = System.nanoTime();
            long cpu = processCpu();
            DemoSummary summary;
            try (CaseloadStore store = CaseloadStore.open(db, vault.sealer())) {
                summary = DemoCaseload.generate(store, candidates, 2026, LocalDate.of(2026, 3, 16), done -> { });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpu() - cpu) / 1e9;
            long bytes = Files.size(db);
            System.out.printf(Locale.ROOT, "%n== demo %,d candidates ==%ngenerate: %.1f s wall, %.1f s cpu; %,d rows "
                            + "(%,d sessions); file %,d MB = %,d bytes per candidate%n", candidates, seconds,
                    cpuSeconds, summary.totalRows(), summary.sessions(), bytes / (1024 * 1024), bytes / candidates);
            sizes(db, vault.sealer());
            coldOpens(db, vault.sealer());
            vault.lock();
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Bytes per table and index, largest first. */
    private static void sizes(Path db, FieldSealer sealer) {
        try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
            for (Record r : store.read(dsl -> dsl.fetch("SELECT name, sum(pgsize) AS bytes FROM dbstat "
                    + "GROUP BY name ORDER BY bytes DESC LIMIT 16"))) {
                System.out.printf(Locale.ROOT, "  %-34s %,12d bytes%n", r.get(0), r.get(1, Long.class));
            }
        }
    }

    private static void coldOpens(Path db, FieldSealer sealer) {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
                long t1 = System.nanoTime();
                List<CaseloadRow> rows = store.caseloadQuery().load();
                long t2 = System.nanoTime();
                CaseloadIndex index = CaseloadIndex.build(rows);
                long t3 = System.nanoTime();
                wall.add((t3 - t0) / 1e6);
                cpu.add((processCpu() - cpu0) / 1e6);
                System.out.printf(Locale.ROOT, "  open %d: open %.0f ms, load %.0f ms, index %.0f ms, total %.0f ms wall"
                                + ", %.0f ms cpu (%,d rows)%n", i + 1, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                        (t3 - t2) / 1e6, wall.get(i), cpu.get(i), index.size());
            }
        }
        System.out.printf(Locale.ROOT, "open + load + index: first %.0f ms wall / %.0f ms cpu; median %.0f ms wall / "
                + "%.0f ms cpu%n", wall.get(0), cpu.get(0), median(wall), median(cpu));
    }

    /** CPU time of every live thread of this JVM (the caseload query may decrypt on more than one). */
    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
