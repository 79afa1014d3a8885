package nl.werkmap.bench.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Record;
import org.jooq.ResultQuery;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.app.demo.DemoSummary;
import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.TrendFigures;
import nl.werkmap.report.TrendQueries;
import nl.werkmap.report.export.ReportDocument;
import nl.werkmap.report.export.ReportFormat;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/**
 * Team summary speed on a demo caseload ({@link DemoCaseload}, 150,000 candidates by default): the summary (target
 * 2 s), the XLSX export of it (target 5 s) and, for comparison, the very same aggregate SQL run over plain JDBC
 * with nothing around it (target: the summary within 2x of that). Prints median and worst of several runs after a
 * warm-up. Arguments: [candidates] [caseload dir: made on the first run, reused (and migrated) after that].
 * Both run one statement after the other on one connection: the summary on a store read connection, the plain
 * SQL on a bare JDBC connection with the same page cache and file mapping. Each also prints its CPU seconds, which say more than wall
 * time on a shared machine.
 */
public final class SummaryBench {

    private static final LocalDate DEMO_TODAY = LocalDate.of(2026, 3, 16);
    /** Measured runs after one warm-up; -Druns=N to change (the shared machine makes long runs costly). */
    private static final int RUNS = Integer.getInteger("runs", 5);

    private SummaryBench() {
    }

    public static void main(String[] args) throws Exception {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("werkmap-summary-bench");
        Path keyring = dir.resolve("keyring.json");
        Vault vault = Files.exists(keyring) ? TestVaults.unlock(keyring, TestVaults.PASSPHRASE.toCharArray())
                : TestVaults.create(keyring);
        Path db = dir.resolve("werkmap.db");
        Clock clock = Clock.fixed(DEMO_TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
                ZoneId.of("Europe/Amsterdam"));
        ReportPeriod period = ReportPeriod.parse("2025-H2");
        ReportScope scope = ReportScope.all();
        try (CaseloadStore store = CaseloadStore.open(db, vault.sealer())) {
            boolean fresh = store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CANDIDATE)) == 0;
            if (fresh) {
                long t0 = System.nanoTime();
                DemoSummary made = DemoCaseload.generate(store, candidates, 2026, DEMO_TODAY, done -> { });
                System.out.printf("demo caseload: %,d candidates, %,d placements, %,d sessions in %.0f s (%s)%n",
                        made.candidates(), made.placements(), made.sessions(), (System.nanoTime() - t0) / 1e9, dir);
            }
            System.out.printf("caseload %s: %,d candidates, %,d placements, %,d sessions%n", db,
                    store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CANDIDATE)),
                    store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.PLACEMENT)),
                    store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.COACHING_SESSION)));

            List<Double> summaryTimes = new ArrayList<>();
            List<Double> summaryCpu = new ArrayList<>();
            List<Double> summaryThreadCpu = new ArrayList<>();
            TeamSummary summary = null;
            for (int i = 0; i <= RUNS; i++) {
                long t = System.nanoTime();
                long cpu = processCpuNanos();
                long threadCpu = threadCpuNanos();
                summary = summarize(store, clock, period, scope);
                if (i > 0) {
                    summaryTimes.add((System.nanoTime() - t) / 1e9);
                    summaryCpu.add((processCpuNanos() - cpu) / 1e9);
                    summaryThreadCpu.add((threadCpuNanos() - threadCpu) / 1e9);
                }
            }
            report("summary (SummaryService.compute, " + period.label() + ", all)", summaryTimes, 2.0);
            // CPU seconds of this process: what the work costs, whatever else the shared machine is doing.
            report("  its CPU time (all threads)", summaryCpu, Double.NaN);
            // The summary runs on this thread; the rest is the JIT compiler and the garbage collector.
            report("  its CPU time (this thread)", summaryThreadCpu, Double.NaN);
            System.out.printf("  active %,d, afspraakbanen persons %,d, sessions-coaches %,d%n",
                    summary.caseload().active(), summary.banen().personsAtPeildatum(),
                    summary.jobcoachHours().perCoachDay().size());

            List<Double> xlsxTimes = new ArrayList<>();
            Path xlsx = dir.resolve("overzicht.xlsx");
            for (int i = 0; i <= Math.max(1, RUNS / 2); i++) {
                long t = System.nanoTime();
                TeamSummary s = summarize(store, clock, period, scope);
                try (OutputStream out = Files.newOutputStream(xlsx)) {
                    ReportFormat.XLSX.write(ReportDocument.of(s), out);
                }
                if (i > 0) {
                    xlsxTimes.add((System.nanoTime() - t) / 1e9);
                }
            }
            report("summary + XLSX export", xlsxTimes, 5.0);
            exportParts(store, clock, period, scope, dir);

            List<String> sql = store.read(dsl -> {
                List<String> texts = new ArrayList<>();
                for (ResultQuery<? extends Record> q : new SummaryService(dsl, clock).aggregateQueries(period, scope)) {
                    texts.add(dsl.renderInlined(q));
                }
                return texts;
            });
            List<Double> plainTimes = new ArrayList<>();
            List<Double> plainCpu = new ArrayList<>();
            try (Connection c = plainConnection(db)) {
                for (int i = 0; i <= RUNS; i++) {
                    long t = System.nanoTime();
                    long cpu = processCpuNanos();
                    long rows = 0;
                    for (String s : sql) {
                        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(s)) {
                            while (rs.next()) {
                                rows++;
                            }
                        }
                    }
                    if (i > 0) {
                        plainTimes.add((System.nanoTime() - t) / 1e9);
                        plainCpu.add((processCpuNanos() - cpu) / 1e9);
                    }
                    if (i == 0) {
                        System.out.printf("plain SQL: %d statements, %,d result rows%n", sql.size(), rows);
                    }
                }
            }
            report("same aggregates as plain SQL (JDBC)", plainTimes, Double.NaN);
            report("  its CPU time", plainCpu, Double.NaN);
            System.out.printf("summary / plain SQL (median): %.2fx (target <= 2x)%n",
                    median(summaryTimes) / median(plainTimes));
        } finally {
            vault.lock();
        }
    }

    /**
     * Where an export's time goes, as the app and the CLI export do it (summary, trend, protected tables, file):
     * each step timed on its own, the file written in every format. Median of the measured runs after one warm-up.
     */
    private static void exportParts(CaseloadStore store, Clock clock, ReportPeriod period, ReportScope scope,
                                    Path dir) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int i = 0; i <= Math.max(1, RUNS / 2); i++) {
            long t = System.nanoTime();
            TeamSummary s = summarize(store, clock, period, scope);
            t = lap(times, "  summary", t, i);
            TrendFigures trend = store.read(dsl -> new TrendQueries(dsl, clock).compute(period, scope));
            t = lap(times, "  trend (TrendQueries)", t, i);
            ReportDocument document = ReportDocument.of(s, trend);
            t = lap(times, "  protected tables (ReportDocument.of)", t, i);
            for (ReportFormat format : ReportFormat.values()) {
                try (OutputStream out = Files.newOutputStream(dir.resolve("overzicht." + format.extension()))) {
                    format.write(document, out);
                }
                t = lap(times, "  write " + format + " file", t, i);
            }
        }
        System.out.println("export steps (summary + trend + tables + file, as the app does it):");
        times.forEach((what, seconds) -> report(what, seconds, Double.NaN));
    }

    private static long lap(Map<String, List<Double>> times, String what, long start, int run) {
        long now = System.nanoTime();
        if (run > 0) {
            times.computeIfAbsent(what, k -> new ArrayList<>()).add((now - start) / 1e9);
        }
        return now;
    }

    private static TeamSummary summarize(CaseloadStore store, Clock clock, ReportPeriod period, ReportScope scope) {
        return store.read(dsl -> new SummaryService(dsl, clock).compute(period, scope));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void report(String what, List<Double> seconds, double target) {
        System.out.printf("%-55s median %.3f s, best %.3f s, worst %.3f s%s%n", what, median(seconds),
                Collections.min(seconds), Collections.max(seconds), Double.isNaN(target) ? "" : String.format(" (target %.0f s)", target));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * A bare JDBC connection with the page cache and file mapping the store's read connections use, so the plain
     * SQL is compared on equal terms (with SQLite's 2 MB default cache and no mapping it would be slower).
     */
    static Connection plainConnection(Path db) throws java.sql.SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -16000");
            st.execute("PRAGMA mmap_size = " + (1L << 31));
        }
        return c;
    }
}
