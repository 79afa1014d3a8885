package nl.werkmap.bench.store;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.security.CryptoWarmup;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.store.caseload.CaseloadWarmup;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.week.WeekQuery;
import nl.werkmap.ui.agenda.WeekAgenda;

/**
 * The store side of a coach's first minute, on an existing caseload folder, in one JVM, each step wall and
 * whole-process CPU (all threads): unlock as the app does it at the first open of a day (key derivation, open with
 * the day's quick_check owed), the caseload rows read and the search index built, then the owed check on its own
 * thread, and for comparison an open that runs the check first (the old way). Then the week view: WeekAgenda.load
 * for everyone and for the coach with the most candidates, first and then p50/p95 of {@code -Dbench.weeks=N}
 * (default 10), beside its set-based reads alone (WeekQuery.entries + overdueBetween, nothing opened).
 * Prints live heap after a full collection and GC count/time; run it with {@code -Xmx256m} to see whether 150,000
 * candidates fit. The floor of the caseload read is the same SQL in the sqlite3 shell: {@code -Dbench.floor=true}
 * runs it first, on a cold file and then warm; {@code -Dbench.cold=true} drops the page cache (Linux, as root) right
 * before the open, so the open and the first read meet a cold file, as at a coach's first unlock after a reboot;
 * {@code -Dbench.cold=file} drops only the caseload's own files from it, which leaves other programs' timings alone.
 *
 * <pre>java -Xmx256m -cp ... nl.werkmap.bench.store.UnlockWeekBench /work/bench150k "bench passphrase 2026"</pre>
 */
public final class UnlockWeekBench {

    private UnlockWeekBench() {
    }

    record Lap(double wall, double cpu) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f ms wall, %.0f ms cpu", wall, cpu);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        char[] passphrase = args[1].toCharArray();
        int weeks = Integer.getInteger("bench.weeks", 10);
        Path db = dir.resolve("werkmap.db");
        System.out.printf(Locale.ROOT, "%d processors, max heap %d MB, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                Figures.loadAverage());
        firstOfTheDay(db);
        if (Boolean.getBoolean("bench.floor")) {
            ColdFile.floor(db);
        }
        CaseloadFolder folder = new CaseloadFolder(dir.resolve("keyring.json"), db);
        if (Boolean.getBoolean("bench.warmup")) {
            // What the app runs on its own thread while the coach types the passphrase (UnlockWarmup).
            Lap warm = timed(() -> {
                CryptoWarmup.run();
                CaseloadWarmup.run();
                return null;
            });
            System.out.println("warm-up as while the passphrase is typed (not counted below): " + warm);
        }

        Supplier<Lap> derive = () -> timed(() -> {
            try {
                Vault.unlock(dir.resolve("keyring.json"), passphrase).lock();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        Lap kdfFirst = derive.get();
        // The unlock below derives the key once more, warm: that is what is taken off it (the first, cold without
        // the warm-up, was up to twice as long, and the unlock less that looked faster than it was).
        Lap kdf = derive.get();
        System.out.println("key derivation alone: first in this JVM " + kdfFirst + "; again (taken off the unlock) "
                + kdf);

        if (ColdFile.asked()) {
            // As after a reboot: the open and the list read the file from disk (not counted in any lap).
            ColdFile.chill(db);
            System.out.println("page cache dropped: the open and the first read meet a cold file");
        }
        CaseloadFolder.Opened[] opened = new CaseloadFolder.Opened[1];
        Lap open = timed(() -> {
            try {
                opened[0] = folder.checkedAfterOpen().unlock(passphrase);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        System.out.println("unlock, first of the day, check owed (key derivation included): " + open
                + ", check " + opened[0].store().integrity().state());
        List<CaseloadRow>[] rows = new List[1];
        CaseloadIndex[] built = new CaseloadIndex[1];
        ThreadWaits readStart = ThreadWaits.now();
        Lap read = timed(() -> readRows(opened[0].store(), rows, built));
        ThreadWaits readEnd = ThreadWaits.now();
        Lap index = timed(() -> indexRows(rows, built));
        System.out.printf(Locale.ROOT, "caseload rows read: %,d rows, %s; search index built: %s%n", rows[0].size(),
                read, index);
        System.out.println("  the reading thread: " + readStart.until(readEnd));
        System.out.printf(Locale.ROOT, "=> unlock to list data (app path, less the view): %.0f ms wall, %.0f ms cpu;"
                        + " less key derivation: %.0f ms wall, load average %.2f%n", open.wall + read.wall + index.wall,
                open.cpu + read.cpu + index.cpu, open.wall + read.wall + index.wall - kdf.wall, Figures.loadAverage());
        for (int i = 1; i < Integer.getInteger("bench.reads", 1); i++) {
            rows[0] = null;
            ThreadCpu rowsCpu = ThreadCpu.now();
            ThreadWaits againStart = ThreadWaits.now();
            Lap again = timed(() -> readRows(opened[0].store(), rows, built));
            ThreadWaits againEnd = ThreadWaits.now();
            ThreadCpu indexCpu = ThreadCpu.now();
            Lap indexAgain = timed(() -> indexRows(rows, built));
            ThreadCpu end = ThreadCpu.now();
            System.out.printf(Locale.ROOT, "read again (warm JVM and file): rows %s; index %s; load average %.2f%n",
                    again, indexAgain, Figures.loadAverage());
            // Where the CPU went: the reading thread (SQLite, JDBC, leftover batches), the pool (rows built, names
            // folded, sorted) and the rest (GC, JIT), which no Java sample shows.
            System.out.println("  cpu by thread: rows " + rowsCpu.until(indexCpu) + "; index "
                    + indexCpu.until(end));
            System.out.println("  the reading thread: " + againStart.until(againEnd));
            System.out.println("  garbage: rows " + rowsCpu.garbageUntil(indexCpu) + "; index "
                    + indexCpu.garbageUntil(end));
        }
        if (Boolean.getBoolean("bench.listOnly")) {
            // What the app keeps while the list shows: the index (which holds every row).
            heap();
            System.out.printf(Locale.ROOT, "(index of %,d rows alive)%n", built[0].size());
            if (Boolean.getBoolean("bench.histogram")) {
                histogram(Integer.getInteger("bench.histogramLines", 25));
            }
            opened[0].close();
            return;
        }
        Lap check = timed(() -> opened[0].store().integrity().startInBackground().join());
        System.out.println("the owed quick_check, on its own thread after the list: " + check + ", "
                + opened[0].store().integrity().state());
        rows[0] = null;

        week(opened[0], weeks);
        // The app keeps the index (all rows) while it runs: measured with it alive.
        heap();
        System.out.printf(Locale.ROOT, "(index of %,d rows alive)%n", built[0].size());
        opened[0].close();

        firstOfTheDay(db);
        Lap old = timed(() -> {
            try {
                folder.unlock(passphrase).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "for comparison, unlock with the check first (the old way, warm JVM and file"
                + " cache): %s, load average %.2f%n", old, Figures.loadAverage());
    }

    private static void week(CaseloadFolder.Opened opened, int runs) {
        UUID busiest = opened.store().read(dsl -> dsl.fetchOptional("SELECT coach_id FROM candidate WHERE deleted = 0"
                + " AND coach_id IS NOT NULL GROUP BY coach_id ORDER BY count(*) DESC LIMIT 1"))
                .map(r -> UUID.fromString(r.get(0, String.class))).orElse(null);
        int own = busiest == null ? 0 : opened.store().read(dsl -> dsl.fetchCount(dsl.selectOne()
                .from("candidate").where("deleted = 0 AND coach_id = ?", busiest.toString())));
        for (UUID coach : new UUID[] {null, busiest}) {
            String who = coach == null ? "everyone" : String.format(Locale.ROOT, "the busiest coach (%,d candidates)",
                    own);
            WeekAgenda agenda = new WeekAgenda(Clock.systemDefaultZone());
            Lap first = timed(() -> agenda.load(opened.store(), coach));
            List<Lap> laps = new ArrayList<>();
            List<Lap> floors = new ArrayList<>();
            WeekAgenda.Week[] shown = new WeekAgenda.Week[1];
            for (int i = 0; i < runs; i++) {
                laps.add(timed(() -> shown[0] = agenda.load(opened.store(), coach)));
                floors.add(timed(() -> setBased(opened.store().weekQuery(), coach)));
            }
            System.out.printf(Locale.ROOT, "week view, %s: first %s; then p50 %.0f / p95 %.0f ms wall (cpu p50 %.0f);"
                            + " %d + %d lines; set-based reads alone p50 %.0f / p95 %.0f ms; load average %.2f%n", who,
                    first, p(laps, 50, true), p(laps, 95, true), p(laps, 50, false), shown[0].todayLines().size(),
                    shown[0].rest().size(), p(floors, 50, true), p(floors, 95, true), Figures.loadAverage());
        }
    }

    /** The rows the week view shows, read as WeekAgenda does, but nothing opened and no werklijst rules. */
    private static Object setBased(WeekQuery query, UUID coach) {
        LocalDate today = LocalDate.now();
        LocalDate last = WeekAgenda.lastDayOf(today);
        query.entries(today.minusWeeks(8), today, last, coach, WeekAgenda.MAX_LINES);
        return query.overdueBetween(today.minusMonths(12), today.minusWeeks(8), coach);
    }

    private static double p(List<Lap> laps, int percentile, boolean wall) {
        return Figures.percentile(laps.stream().map(l -> wall ? l.wall : l.cpu).toList(), percentile);
    }

    private static void heap() {
        System.gc();
        long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += gc.getCollectionCount();
            time += gc.getCollectionTime();
        }
        System.out.printf(Locale.ROOT, "live heap after a full GC: %d MB of %d MB; %d GCs, %d ms in GC so far%n",
                live >> 20, Runtime.getRuntime().maxMemory() >> 20, count, time);
    }

    /** The classes with the most live bytes (a full GC first), as {@code jcmd GC.class_histogram} prints them. */
    private static void histogram(int lines) throws Exception {
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        text.toString().lines().limit(lines + 3L).forEach(System.out::println);
    }

    /** Marks the file as last checked long ago: the next open is the first of the day and owes quick_check. */
    private static void firstOfTheDay(Path db) throws Exception {
        try (Connection c = Database.connectPlain(db); Statement s = c.createStatement()) {
            s.execute("UPDATE caseload_binding SET last_check_on = '2000-01-01'");
        }
    }

    /**
     * The rows as the app reads them: with {@code -Dbench.indexed=true} through {@code loadIndexed} (the index folded
     * per batch during the read, as the caseload screen does since issue 13's unlock150; the index lap is then only
     * what is left), else {@code load} and the index built after.
     */
    private static Object readRows(nl.werkmap.store.CaseloadStore store, List<CaseloadRow>[] rows,
                                   CaseloadIndex[] built) {
        if (Boolean.getBoolean("bench.indexed")) {
            nl.werkmap.store.caseload.CaseloadQuery.Listed listed = store.caseloadQuery()
                    .loadIndexed(LocalDate.now(), java.util.function.UnaryOperator.identity());
            rows[0] = listed.rows();
            built[0] = listed.index();
        } else {
            rows[0] = store.caseloadQuery().load(LocalDate.now());
            built[0] = null;
        }
        return rows[0];
    }

    private static Object indexRows(List<CaseloadRow>[] rows, CaseloadIndex[] built) {
        if (built[0] == null) {
            built[0] = CaseloadIndex.build(rows[0]);
        }
        return built[0];
    }

    private static Lap timed(Supplier<?> work) {
        long cpu0 = Figures.processCpu();
        long t0 = System.nanoTime();
        work.get();
        return new Lap(Figures.ms(t0, System.nanoTime()), Figures.ms(cpu0, Figures.processCpu()));
    }
}
