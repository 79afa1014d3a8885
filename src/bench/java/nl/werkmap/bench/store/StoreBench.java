package nl.werkmap.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.bench.caseload.RealisticTyping;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * Times the store's side of what a coach waits for: opening the caseload after unlock (open + caseload query +
 * index build), each keystroke's search, and opening one candidate's file. CPU is the whole process (every thread:
 * the load runs on all cores, JIT and GC count too). The first open in this JVM is reported as cold, apart from the
 * warm median of the others; key derivation is timed apart (cold, then warm) and not in the open figures. Typing
 * is {@link RealisticTyping} (typos put right, the box cleared, a second name), beside one pass over the folded
 * names per keystroke as the floor. The screens' own figures (through the real window) come from
 * {@link nl.werkmap.bench.caseload.CaseloadScreenBench}. Usage: {@code StoreBench [sizes...]}, default 5000 150000;
 * {@code -Dbench.runs=N} sets the number of opens, {@code -Dbench.reuse=DIR} re-times the caseloads of an earlier run.
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.bench.store.StoreBench -Dexec.args="5000 150000"</pre>
 */
public final class StoreBench {

    private static final int HEAVY = 100;
    private static final String PASSPHRASE = "bench passphrase 2026";
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

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
        String reuse = System.getProperty("bench.reuse");
        Path root = reuse == null ? Files.createTempDirectory("werkmap-store-bench") : Path.of(reuse);
        Vault vault;
        long k0 = System.nanoTime();
        long kc0 = Figures.processCpu();
        try {
            vault = reuse == null ? Vault.create(root.resolve("keyring.json"), PASSPHRASE.toCharArray())
                    : Vault.unlock(root.resolve("keyring.json"), PASSPHRASE.toCharArray());
        } catch (WrongPassphraseException e) {
            throw new IllegalStateException("not a bench folder: " + root, e);
        }
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), Figures.loadAverage());
        System.out.printf(Locale.ROOT, "key derivation apart (%s, first in this JVM): %.0f ms wall, %.0f ms cpu%n",
                reuse == null ? "create" : "unlock", Figures.ms(k0, System.nanoTime()),
                Figures.ms(kc0, Figures.processCpu()));
        try {
            long k1 = System.nanoTime();
            Vault.unlock(root.resolve("keyring.json"), PASSPHRASE.toCharArray()).lock();
            System.out.printf(Locale.ROOT, "key derivation apart (unlock, warm): %.0f ms wall%n",
                    Figures.ms(k1, System.nanoTime()));
        } catch (WrongPassphraseException e) {
            throw new IllegalStateException("the bench's own keyring refused its passphrase", e);
        }
        FieldSealer sealer = vault.sealer();
        for (int size : sizes) {
            run(root.resolve("c" + size), size, sealer, sizes.get(0));
        }
        vault.lock();
    }

    private static void run(Path dir, int size, FieldSealer sealer, int firstSize) throws IOException {
        Files.createDirectories(dir);
        Path db = dir.resolve("werkmap.db");
        System.out.printf(Locale.ROOT, "%n== %,d candidates ==%n", size);
        SyntheticCaseload data = new SyntheticCaseload();
        boolean generated = !Files.exists(db);
        if (!generated) {
            // -Dbench.reuse=<folder of an earlier run>: time the reads again without generating for half an hour.
            long t0 = System.nanoTime();
            try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
                data.heavy.addAll(store.read(dsl -> dsl.fetch("SELECT candidate_id FROM coaching_session "
                        + "GROUP BY candidate_id HAVING count(*) >= 104 LIMIT " + HEAVY)
                        .getValues(0, String.class)).stream().map(UUID::fromString).toList());
            }
            System.out.printf(Locale.ROOT, "reused %s (first open, with any migration: %.1f s), file %,d MB%n", db,
                    secs(t0), Files.size(db) / (1024 * 1024));
        } else {
            long t0 = System.nanoTime();
            try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
                data.fill(store, size, HEAVY);
            }
            System.out.printf(Locale.ROOT, "generate + bulk insert: %.1f s, file %,d MB%n", secs(t0),
                    Files.size(db) / (1024 * 1024));
        }

        List<Double> openTimes = new ArrayList<>();
        List<Double> openCpu = new ArrayList<>();
        CaseloadIndex index = null;
        List<CaseloadRow> rows = null;
        for (int i = 0; i < RUNS; i++) {
            long cpu = Figures.processCpu();
            long start = System.nanoTime();
            try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
                long afterOpen = System.nanoTime();
                rows = store.caseloadQuery().load();
                long afterLoad = System.nanoTime();
                index = CaseloadIndex.build(rows);
                long end = System.nanoTime();
                openTimes.add(ms(start, end));
                openCpu.add(ms(cpu, Figures.processCpu()));
                System.out.printf(Locale.ROOT, "  run %d%s: open %.0f ms, load %.0f ms, index %.0f ms, total %.0f ms "
                                + "(process cpu %.0f ms)%n", i + 1, i == 0 && size == firstSize ? " (cold)" : "",
                        ms(start, afterOpen), ms(afterOpen, afterLoad), ms(afterLoad, end), ms(start, end),
                        openCpu.get(openCpu.size() - 1));
            }
        }
        System.out.printf(Locale.ROOT, "open + CaseloadQuery.load + index build: first %.0f ms wall, %.0f ms cpu%s; "
                        + "warm median of the other %d: %.0f ms wall, %.0f ms cpu (rows %,d)%n", openTimes.get(0),
                openCpu.get(0), size != firstSize ? "" : generated ? " (first in this JVM, but after generating: not"
                        + " cold; fresh JVMs: CaseloadScreenBench)" : " (cold: first in this JVM)", RUNS - 1,
                Figures.percentile(openTimes.subList(1, RUNS), 50), Figures.percentile(openCpu.subList(1, RUNS), 50), rows.size());

        keystrokes(index, rows);

        try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
            List<Double> times = new ArrayList<>();
            List<Double> cpuTimes = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                times.clear();
                cpuTimes.clear();
                for (UUID id : data.heavy) {
                    long cpu = Figures.processCpu();
                    long start = System.nanoTime();
                    int sessions = store.candidateFiles().load(id).orElseThrow().sessions().size();
                    times.add(ms(start, System.nanoTime()));
                    cpuTimes.add(ms(cpu, Figures.processCpu()));
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

    /**
     * Realistic typing ({@link RealisticTyping}: typos put right, the box cleared, a second name), with and without
     * a filter, each keystroke's search timed; beside it one pass over the folded names per keystroke (the floor).
     */
    private static void keystrokes(CaseloadIndex index, List<CaseloadRow> rows) {
        List<String> names = rows.stream().map(CaseloadRow::fullName).toList();
        List<String> typed = RealisticTyping.keys(names, 150).stream().map(RealisticTyping.Key::boxAfter).toList();
        CaseloadFilter filtered = CaseloadFilter.ANY.withCoach(rows.get(0).coachId()).withSector("zorg");
        String[] folded = new String[rows.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = " " + fold(rows.get(i).displayName()) + " " + fold(rows.get(i).fullName());
        }
        long sink = 0;
        for (String q : typed) {
            sink += index.filter(q, CaseloadFilter.ANY).size();
        }
        List<Double> plain = new ArrayList<>();
        List<Double> withFilter = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        long cpu = Figures.processCpu();
        // One filter setting at a time, as in the screen.
        for (String q : typed) {
            long start = System.nanoTime();
            sink += index.filter(q, CaseloadFilter.ANY).size();
            plain.add(ms(start, System.nanoTime()));
        }
        double cpuPerKey = ms(cpu, Figures.processCpu()) / typed.size();
        for (String q : typed) {
            long start = System.nanoTime();
            sink += index.filter(q, filtered).size();
            withFilter.add(ms(start, System.nanoTime()));
        }
        for (String q : typed) {
            String[] words = q.isBlank() ? new String[0] : q.trim().split(" +");
            long start = System.nanoTime();
            for (String name : folded) {
                boolean all = true;
                for (String w : words) {
                    all &= name.contains(" " + w);
                }
                sink += all ? 1 : 0;
            }
            floor.add(ms(start, System.nanoTime()));
        }
        double p95 = percentile(plain, 95);
        double floorP95 = percentile(floor, 95);
        System.out.printf(Locale.ROOT, "keystroke search (%,d keystrokes of realistic typing): p50 %.2f ms, p95 %.2f ms,"
                        + " max %.2f ms; process cpu %.2f ms per key; with coach+sector filter p50 %.2f ms, p95 %.2f ms;"
                        + " floor, one pass over the folded names: p95 %.2f ms; ratio %.1fx (checksum %d)%n",
                typed.size(), percentile(plain, 50), p95, Collections.max(plain), cpuPerKey,
                percentile(withFilter, 50), percentile(withFilter, 95), floorP95, p95 / floorP95, sink);
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "");
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
