package nl.werkmap.bench.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * Times what a coach waits for: opening the caseload after unlock (open + caseload query + index build), each
 * keystroke in the search box, and opening one candidate's file. Key derivation is excluded (the vault is unlocked
 * once, before the clock starts). Usage: {@code StoreBench [sizes...]}, default 5000 150000.
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.bench.store.StoreBench -Dexec.args="5000 150000"</pre>
 */
public final class StoreBench {

    private static final int HEAVY = 100;
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    /** CPU time of this thread: the machine may be shared, and wall time then also measures the neighbours. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StoreBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(5_000, 150_000);
        }
        Path root = Files.createTempDirectory("werkmap-store-bench");
        Vault vault = Vault.create(root.resolve("keyring.json"), "bench passphrase 2026".toCharArray());
        FieldSealer sealer = vault.sealer();
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int size : sizes) {
            run(root.resolve("c" + size), size, sealer);
        }
        vault.lock();
    }

    private static void run(Path dir, int size, FieldSealer sealer) throws IOException {
        Files.createDirectories(dir);
        Path db = dir.resolve("werkmap.db");
        System.out.printf(Locale.ROOT, "%n== %,d candidates ==%n", size);
        SyntheticCaseload data = new SyntheticCaseload();
        long t0 = System.nanoTime();
        try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
            data.fill(store, size, HEAVY);
        }
        System.out.printf(Locale.ROOT, "generate + bulk insert: %.1f s, file %,d MB%n", secs(t0),
                Files.size(db) / (1024 * 1024));

        List<Double> openTimes = new ArrayList<>();
        List<Double> openCpu = new ArrayList<>();
        CaseloadIndex index = null;
        List<CaseloadRow> rows = null;
        for (int i = 0; i < RUNS; i++) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
                long afterOpen = System.nanoTime();
                rows = store.caseloadQuery().load();
                long afterLoad = System.nanoTime();
                index = CaseloadIndex.build(rows);
                long end = System.nanoTime();
                openTimes.add(ms(start, end));
                openCpu.add(ms(cpu, CPU.getCurrentThreadCpuTime()));
                System.out.printf(Locale.ROOT, "  run %d: open %.0f ms, load %.0f ms, index %.0f ms, total %.0f ms "
                                + "(cpu %.0f ms)%n", i + 1, ms(start, afterOpen), ms(afterOpen, afterLoad),
                        ms(afterLoad, end), ms(start, end), openCpu.get(openCpu.size() - 1));
            }
        }
        System.out.printf(Locale.ROOT, "open + CaseloadQuery.load + index build: median %.0f ms wall, %.0f ms cpu "
                + "(rows %,d)%n", percentile(openTimes, 50), percentile(openCpu, 50), rows.size());

        keystrokes(index, rows);

        try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
            List<Double> times = new ArrayList<>();
            List<Double> cpuTimes = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                times.clear();
                cpuTimes.clear();
                for (UUID id : data.heavy) {
                    long cpu = CPU.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    int sessions = store.candidateFiles().load(id).orElseThrow().sessions().size();
                    times.add(ms(start, System.nanoTime()));
                    cpuTimes.add(ms(cpu, CPU.getCurrentThreadCpuTime()));
                    if (sessions < 104) {
                        throw new IllegalStateException("heavy candidate has only " + sessions + " sessions");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "CandidateFile.load (104 sessions each, %d candidates): p50 %.1f ms, "
                    + "p95 %.1f ms, max %.1f ms; cpu p95 %.1f ms%n", times.size(), percentile(times, 50),
                    percentile(times, 95), Collections.max(times), percentile(cpuTimes, 95));
        }
    }

    /** Types 300 names letter by letter, with and without a filter, and times each keystroke's filter call. */
    private static void keystrokes(CaseloadIndex index, List<CaseloadRow> rows) {
        Random random = new Random(7);
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            CaseloadRow target = rows.get(random.nextInt(rows.size()));
            String name = target.fullName().toLowerCase(Locale.ROOT);
            for (int end = 1; end <= name.length(); end++) {
                typed.add(name.substring(0, end));
            }
        }
        CaseloadFilter filtered = CaseloadFilter.ANY.withCoach(rows.get(0).coachId()).withSector("zorg");
        long sink = 0;
        for (String q : typed.subList(0, Math.min(2_000, typed.size()))) {
            sink += index.filter(q, CaseloadFilter.ANY).size();
        }
        List<Double> plain = new ArrayList<>();
        List<Double> withFilter = new ArrayList<>();
        List<Double> plainCpu = new ArrayList<>();
        // One filter setting at a time, as in the screen: the index narrows the previous keystroke's result.
        for (String q : typed) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += index.filter(q, CaseloadFilter.ANY).size();
            plain.add(ms(start, System.nanoTime()));
            plainCpu.add(ms(cpu, CPU.getCurrentThreadCpuTime()));
        }
        for (String q : typed) {
            long start = System.nanoTime();
            sink += index.filter(q, filtered).size();
            withFilter.add(ms(start, System.nanoTime()));
        }
        System.out.printf(Locale.ROOT, "keystroke filter (%,d keystrokes): p50 %.2f ms, p95 %.2f ms, max %.2f ms; "
                        + "cpu p95 %.2f ms; with coach+sector filter p50 %.2f ms, p95 %.2f ms (checksum %d)%n",
                typed.size(), percentile(plain, 50), percentile(plain, 95), Collections.max(plain),
                percentile(plainCpu, 95), percentile(withFilter, 50), percentile(withFilter, 95), sink);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long start, long end) {
        return (end - start) / 1_000_000.0;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1_000_000_000.0;
    }
}
