package nl.werkmap.bench.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.WorkList;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.week.WeekQuery;
import nl.werkmap.ui.agenda.WeekAgenda;

/**
 * The week view alone on an existing caseload folder (issue 13, weekall): WeekAgenda.load for everyone and for the
 * busiest coach, p50/p95 wall and whole-process CPU over {@code -Druns=N} (default 10), beside the floor taken in
 * the same run (the set-based reads of the same rows, nothing opened), and each part of a load timed on its own:
 * the capped week reads, the older-overdue count, the werklijst's deadlines, the names opened; and a load again with
 * nothing written since, as the Agenda screen does it (the werklijst's deadlines kept, {@code keepingDeadlines});
 * and the two steps the screen takes (weekall2): the lists, shown first, and the older overdue items counted after.
 * Each figure gives the calling thread's CPU and that with the common pool's threads, where the werklijst's second
 * half runs ("with pool", weekall9).
 *
 * <pre>java -cp ... nl.werkmap.bench.store.WeekViewBench DIR "bench passphrase 2026"</pre>
 * {@code -Dbench.make=N} first makes a demo caseload of N candidates in DIR when there is none.
 */
public final class WeekViewBench {

    private WeekViewBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.getInteger("runs", 10);
        System.out.printf(Locale.ROOT, "%d processors, max heap %d MB, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                Figures.loadAverage());
        CaseloadFolder folder = new CaseloadFolder(dir.resolve("keyring.json"), dir.resolve("werkmap.db"))
                .checkedAfterOpen();
        int make = Integer.getInteger("bench.make", 0);
        if (make > 0 && !folder.exists()) {
            // -Dbench.make=N: a demo caseload of N candidates made in DIR once, with this passphrase.
            java.nio.file.Files.createDirectories(dir);
            long t0 = System.nanoTime();
            try (CaseloadFolder.Opened created = folder.create(args[1].toCharArray())) {
                DemoCaseload.generate(created.store(), make, 2026, LocalDate.now(), done -> { });
            }
            System.out.printf(Locale.ROOT, "demo caseload of %,d made in %.0f s%n", make,
                    (System.nanoTime() - t0) / 1e9);
        }
        try (CaseloadFolder.Opened opened = folder.unlock(args[1].toCharArray())) {
            CaseloadStore store = opened.store();
            UUID busiest = store.read(dsl -> dsl.fetchOptional("SELECT coach_id FROM candidate WHERE deleted = 0"
                    + " AND coach_id IS NOT NULL GROUP BY coach_id ORDER BY count(*) DESC LIMIT 1"))
                    .map(r -> UUID.fromString(r.get(0, String.class))).orElse(null);
            for (UUID coach : new UUID[] {null, busiest}) {
                week(store, coach, runs);
            }
        }
    }

    private static void week(CaseloadStore store, UUID coach, int runs) {
        String who = coach == null ? "everyone" : "the busiest coach";
        Clock clock = Clock.systemDefaultZone();
        WeekAgenda agenda = new WeekAgenda(clock);
        // The first load in the JVM as the Agenda screen does it: the lists shown, then the older items counted.
        WeekAgenda.Shown[] lists = new WeekAgenda.Shown[1];
        Lap firstLists = Lap.of(() -> lists[0] = agenda.lists(store, coach, false));
        Lap firstCount = Lap.of(() -> agenda.counted(store, coach, lists[0]));
        Lap first = new Lap(firstLists.wall() + firstCount.wall(), firstLists.cpu() + firstCount.cpu(),
                firstLists.thread() + firstCount.thread(), firstLists.work() + firstCount.work());
        WeekAgenda.Week[] shown = new WeekAgenda.Week[1];
        List<Lap> loads = new ArrayList<>();
        List<Lap> floors = new ArrayList<>();
        Map<String, List<Lap>> parts = new LinkedHashMap<>();
        WeekAgenda keeping = WeekAgenda.keepingDeadlines(clock);
        keeping.load(store, coach);
        List<Lap> kept = new ArrayList<>();
        List<Lap> listsFirst = new ArrayList<>();
        List<Lap> keptLists = new ArrayList<>();
        List<Lap> counts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            loads.add(Lap.of(() -> shown[0] = agenda.load(store, coach)));
            kept.add(Lap.of(() -> keeping.load(store, coach)));
            listsFirst.add(Lap.of(() -> lists[0] = agenda.lists(store, coach, false)));
            counts.add(Lap.of(() -> agenda.counted(store, coach, lists[0])));
            keptLists.add(Lap.of(() -> keeping.lists(store, coach, false)));
            floors.add(Lap.of(() -> setBased(store.weekQuery(), coach)));
            parts(store, coach, clock, shown[0], parts);
        }
        System.out.printf(Locale.ROOT, "week view, %s: first lists %s, counted after %s%n", who, firstLists,
                firstCount);
        System.out.printf(Locale.ROOT, "week view, %s: lists and count in one call: first %s; then %s; %d + %d lines (more: %b, older %d);"
                        + " floor (set-based reads) %s; ratio (thread cpu p50) %.1f; load average %.2f%n", who,
                first, Lap.summary(loads), shown[0].todayLines().size(), shown[0].rest().size(), shown[0].notShown(),
                shown[0].olderOverdue(), Lap.summary(floors), Lap.threadP(loads, 50) / Lap.threadP(floors, 50),
                Figures.loadAverage());
        System.out.printf(Locale.ROOT, "  %-34s %s%n", "again, nothing written (as the screen)", Lap.summary(kept));
        System.out.printf(Locale.ROOT, "  %-34s %s%n", "lists first (shown before the count)", Lap.summary(listsFirst));
        System.out.printf(Locale.ROOT, "  %-34s %s%n", "  the same, nothing written", Lap.summary(keptLists));
        System.out.printf(Locale.ROOT, "  %-34s %s%n", "older overdue counted after", Lap.summary(counts));
        parts.forEach((name, laps) -> System.out.printf(Locale.ROOT, "  %-34s %s%n", name, Lap.summary(laps)));
    }

    /** Each part of WeekAgenda.load on its own, as it calls them. */
    private static void parts(CaseloadStore store, UUID coach, Clock clock, WeekAgenda.Week shown,
                              Map<String, List<Lap>> parts) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = WeekAgenda.lastDayOf(today);
        WeekQuery query = store.weekQuery();
        part(parts, "week reads (capped)", () -> query.entries(today.minusWeeks(8), today, last, coach,
                WeekAgenda.MAX_LINES));
        part(parts, "older overdue counted", () -> query.overdueBetween(today.minusMonths(12), today.minusWeeks(8),
                coach));
        ReportScope scope = coach == null ? ReportScope.all() : ReportScope.own(coach.toString());
        part(parts, "werklijst (deadlines)", () -> store.read(dsl -> WorkList.compute(dsl, clock, scope)));
        // As the week view reads it since weekall3: its two halves at once on two read connections.
        part(parts, "werklijst, two halves at once", () -> WorkList.compute(store::read, clock, scope));
        // As the week view reads it since weekall9: only the items of its weeks made, the earlier ones counted.
        part(parts, "the week's deadlines, two halves", () -> WorkList.week(store::read, clock, scope,
                today.minusWeeks(8), last));
        Set<UUID> who = new HashSet<>();
        shown.todayLines().forEach(l -> who.add(l.entry().candidateId()));
        shown.rest().forEach(l -> who.add(l.entry().candidateId()));
        part(parts, "names opened (" + who.size() + ")", () -> query.names(who));
    }

    private static void part(Map<String, List<Lap>> parts, String name, Supplier<?> work) {
        parts.computeIfAbsent(name, n -> new ArrayList<>()).add(Lap.of(work));
    }

    /** The rows the week view shows, read as WeekAgenda does, but nothing opened and no werklijst rules. */
    private static Object setBased(WeekQuery query, UUID coach) {
        LocalDate today = LocalDate.now();
        LocalDate last = WeekAgenda.lastDayOf(today);
        query.entries(today.minusWeeks(8), today, last, coach, WeekAgenda.MAX_LINES);
        return query.overdueBetween(today.minusMonths(12), today.minusWeeks(8), coach);
    }

    /**
     * Wall and whole-process CPU of one step, the calling thread's CPU, and that of the calling thread and the
     * common pool's threads together (the werklijst's other half runs there): the step's own work, without the
     * JIT's and GC's threads the process figure holds.
     */
    record Lap(double wall, double cpu, double thread, double work) {

        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();

        Lap(double wall, double cpu, double thread) {
            this(wall, cpu, thread, thread);
        }

        static Lap of(Supplier<?> work) {
            Map<Long, Long> pool0 = poolCpu();
            long cpu0 = Figures.processCpu();
            long thread0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            long t1 = System.nanoTime();
            long thread1 = THREADS.getCurrentThreadCpuTime();
            long cpu1 = Figures.processCpu();
            long pool = 0;
            for (Map.Entry<Long, Long> e : poolCpu().entrySet()) {
                pool += e.getValue() - pool0.getOrDefault(e.getKey(), 0L);
            }
            return new Lap(Figures.ms(t0, t1), Figures.ms(cpu0, cpu1), Figures.ms(thread0, thread1),
                    Figures.ms(thread0, thread1 + pool));
        }

        /** CPU so far of each of the common pool's threads, by thread id. */
        private static Map<Long, Long> poolCpu() {
            Map<Long, Long> out = new java.util.HashMap<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("ForkJoinPool.commonPool-worker-")) {
                    long ns = THREADS.getThreadCpuTime(t.getId());
                    if (ns >= 0) {
                        out.put(t.getId(), ns);
                    }
                }
            }
            return out;
        }

        static double p(List<Lap> laps, int percentile, boolean wall) {
            return Figures.percentile(laps.stream().map(l -> wall ? l.wall : l.cpu).toList(), percentile);
        }

        static double threadP(List<Lap> laps, int percentile) {
            return Figures.percentile(laps.stream().map(Lap::thread).toList(), percentile);
        }

        /**
         * Wall p50/p95, the process's CPU p50 (all threads; 10 ms steps), the calling thread's CPU p50/p95 and the
         * calling and the common pool's threads' together ("with pool").
         */
        static String summary(List<Lap> laps) {
            return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f ms wall, process cpu p50 %.0f ms, thread cpu"
                    + " p50 %.1f / p95 %.1f ms, with pool p50 %.1f / p95 %.1f ms", p(laps, 50, true),
                    p(laps, 95, true), p(laps, 50, false), threadP(laps, 50), threadP(laps, 95),
                    Figures.percentile(laps.stream().map(Lap::work).toList(), 50),
                    Figures.percentile(laps.stream().map(Lap::work).toList(), 95));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f ms wall, %.0f ms cpu, %.0f ms thread cpu, %.0f ms with pool",
                    wall, cpu, thread, work);
        }
    }
}
