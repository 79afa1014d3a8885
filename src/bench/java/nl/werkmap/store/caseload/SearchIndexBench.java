package nl.werkmap.store.caseload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import nl.werkmap.bench.caseload.RealisticTyping;
import nl.werkmap.store.CaseloadFolder;

/**
 * The caseload search alone, on a real caseload's rows (issue 13, keystroke at 150,000): the index as it is against
 * the index before the word prefix lists ({@link ReferenceCaseloadIndex}, a pass over every row when no earlier
 * search helps), key by key in turn on the same realistic typing ({@link RealisticTyping}); beside them one pass over
 * the folded names per key, the floor. Also the build (median of five, and the word prefix lists alone) and the heap
 * each index keeps.
 *
 * <p>Usage: {@code SearchIndexBench DIR} with DIR a caseload CaseloadScreenBench made (its passphrase); reads only.
 * {@code -Dbench.rounds=N} rounds of two names (default 150).
 */
public final class SearchIndexBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SearchIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<CaseloadRow> rows;
        CaseloadFolder folder = new CaseloadFolder(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
        try (CaseloadFolder.Opened opened = folder.unlock("bench passphrase 2026".toCharArray())) {
            rows = opened.store().caseloadQuery().load();
        }
        System.out.printf(Locale.ROOT, "%,d rows; load average %.2f%n", rows.size(), loadAverage());

        List<Double> builds = new ArrayList<>();
        List<Double> lists = new ArrayList<>();
        CaseloadIndex index = null;
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            index = CaseloadIndex.build(rows);
            double ms = (System.nanoTime() - t0) / 1e6;
            IndexEntry[] entries = new IndexEntry[rows.size()];
            if (i > 0) {
                builds.add(ms);
                // The lists alone, from a text as the index packs it.
                StringBuilder text = new StringBuilder();
                int[] start = new int[rows.size() + 1];
                for (int r = 0; r < rows.size(); r++) {
                    start[r] = text.length();
                    entries[r] = IndexEntry.of(rows.get(r), null);
                    text.append(entries[r].words());
                }
                start[rows.size()] = text.length();
                char[] chars = text.toString().toCharArray();
                long c1 = THREADS.getCurrentThreadCpuTime();
                WordPrefixLists.of(chars, start, rows.size());
                lists.add((THREADS.getCurrentThreadCpuTime() - c1) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "index build: median %.0f ms wall (of 5, warm), of which the word prefix lists"
                + " %.1f ms thread cpu (one thread, median)%n", median(builds), median(lists));
        long withNew = heapWith(() -> CaseloadIndex.build(rows));
        long withOld = heapWith(() -> ReferenceCaseloadIndex.build(rows));
        long withLists = heapWith(() -> listsOf(rows));
        long bare = heapWith(() -> null);
        System.out.printf(Locale.ROOT, "heap kept (rows themselves not counted): the index now %.1f MB, the index"
                + " before the lists (its sectors not shared) %.1f MB; the word prefix lists alone %.1f MB%n",
                (withNew - bare) / 1e6, (withOld - bare) / 1e6, (withLists - bare) / 1e6);

        ReferenceCaseloadIndex before = ReferenceCaseloadIndex.build(rows);
        List<String> names = rows.stream().map(CaseloadRow::fullName).toList();
        List<String> typed = RealisticTyping.keys(names, Integer.getInteger("bench.rounds", 150)).stream()
                .map(RealisticTyping.Key::boxAfter).toList();
        String[] folded = new String[rows.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = " " + NameFolding.fold(rows.get(i).displayName()) + " " + NameFolding.fold(rows.get(i).fullName());
        }
        long sink = 0;
        // Warm both (the JIT), then afresh for the timed keys.
        for (String q : typed) {
            sink += index.filter(q, CaseloadFilter.ANY).size() + before.filter(q, CaseloadFilter.ANY).size();
        }
        index = CaseloadIndex.build(rows);
        before = ReferenceCaseloadIndex.build(rows);
        List<Double> now = new ArrayList<>();
        List<Double> old = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        double nowCpu = 0;
        double oldCpu = 0;
        for (String q : typed) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int a = index.filter(q, CaseloadFilter.ANY).size();
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            int b = before.filter(q, CaseloadFilter.ANY).size();
            long t2 = System.nanoTime();
            long c2 = THREADS.getCurrentThreadCpuTime();
            if (a != b) {
                throw new IllegalStateException("'" + q + "': " + a + " rows now, " + b + " before");
            }
            now.add((t1 - t0) / 1e6);
            old.add((t2 - t1) / 1e6);
            nowCpu += (c1 - c0) / 1e6;
            oldCpu += (c2 - c1) / 1e6;
            String[] words = q.isBlank() ? new String[0] : q.trim().split(" +");
            long t3 = System.nanoTime();
            for (String name : folded) {
                boolean all = true;
                for (String w : words) {
                    all &= name.contains(" " + w);
                }
                sink += all ? 1 : 0;
            }
            floor.add((System.nanoTime() - t3) / 1e6);
        }
        System.out.printf(Locale.ROOT, "search per key (%,d keys of realistic typing, in turn): now p50 %.3f ms, p95"
                        + " %.3f ms, max %.2f ms, thread cpu %.3f ms per key; before p50 %.3f ms, p95 %.3f ms, max"
                        + " %.2f ms, %.3f ms per key; floor, one pass over the folded names p95 %.2f ms; load average"
                        + " %.2f (checksum %d)%n", typed.size(), pct(now, 50), pct(now, 95), Collections.max(now),
                nowCpu / typed.size(), pct(old, 50), pct(old, 95), Collections.max(old), oldCpu / typed.size(),
                pct(floor, 95), loadAverage(), sink);
    }

    /** Heap used after a full collection while what {@code made} gives is held. */
    private static long heapWith(java.util.function.Supplier<Object> made) {
        Object held = made.get();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Runtime r = Runtime.getRuntime();
            used = Math.min(used, r.totalMemory() - r.freeMemory());
        }
        if (held != null && held.hashCode() == 42) {
            System.out.print("");
        }
        return used;
    }

    /** The word prefix lists of these rows in name order, as the index makes them. */
    private static WordPrefixLists listsOf(List<CaseloadRow> rows) {
        IndexEntry[] entries = new IndexEntry[rows.size()];
        for (int r = 0; r < entries.length; r++) {
            entries[r] = IndexEntry.of(rows.get(r), null);
        }
        IndexEntry.sortByName(entries);
        StringBuilder text = new StringBuilder();
        int[] start = new int[entries.length + 1];
        for (int r = 0; r < entries.length; r++) {
            start[r] = text.length();
            text.append(entries[r].words());
        }
        start[entries.length] = text.length();
        return WordPrefixLists.of(text.toString().toCharArray(), start, entries.length);
    }

    private static double median(List<Double> values) {
        return pct(values, 50);
    }

    private static double pct(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
