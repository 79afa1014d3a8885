package nl.werkmap.bench.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
 * The export alone, apart from the summary's queries (whose time varies most on a shared machine): the summary and
 * trend of a {@link SummaryBench} caseload are computed once, then the protected tables are built and each format
 * is written to a file again and again. Prints the first write in this JVM (libraries still to load, as in the CLI
 * and the first export in the app) and the median and worst of the later ones. Arguments: the caseload dir of
 * {@link SummaryBench}; {@code -Druns=N} measured writes per format.
 */
public final class ExportBench {

    private static final int RUNS = Integer.getInteger("runs", 7);

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Vault vault = TestVaults.unlock(dir.resolve("keyring.json"), TestVaults.PASSPHRASE.toCharArray());
        Clock clock = Clock.fixed(LocalDate.of(2026, 3, 16).atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam"))
                .toInstant(), ZoneId.of("Europe/Amsterdam"));
        ReportPeriod period = ReportPeriod.parse("2025-H2");
        ReportScope scope = ReportScope.all();
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            long t = System.nanoTime();
            TeamSummary summary = store.read(dsl -> new SummaryService(dsl, clock).compute(period, scope));
            System.out.printf("summary once: %.3f s%n", (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            TrendFigures trend = store.read(dsl -> new TrendQueries(dsl, clock).compute(period, scope));
            System.out.printf("trend once: %.3f s%n", (System.nanoTime() - t) / 1e9);

            List<Double> tables = new ArrayList<>();
            List<Double> tablesCpu = new ArrayList<>();
            ReportDocument document = null;
            for (int i = 0; i <= RUNS; i++) {
                t = System.nanoTime();
                long cpu = processCpuNanos();
                document = ReportDocument.of(summary, trend);
                tables.add((System.nanoTime() - t) / 1e9);
                tablesCpu.add((processCpuNanos() - cpu) / 1e9);
            }
            report("protected tables (ReportDocument.of)", tables);
            report("  its CPU time (all threads)", tablesCpu);
            for (ReportFormat format : ReportFormat.values()) {
                Path file = dir.resolve("export-bench." + format.extension());
                List<Double> times = new ArrayList<>();
                List<Double> cpuTimes = new ArrayList<>();
                for (int i = 0; i <= RUNS; i++) {
                    t = System.nanoTime();
                    long cpu = processCpuNanos();
                    try (OutputStream out = Files.newOutputStream(file)) {
                        format.write(document, out);
                    }
                    times.add((System.nanoTime() - t) / 1e9);
                    cpuTimes.add((processCpuNanos() - cpu) / 1e9);
                }
                report("write " + format + " (" + Files.size(file) / 1024 + " KB)", times);
                report("  its CPU time (all threads)", cpuTimes);
            }
        } finally {
            vault.lock();
        }
    }

    /** CPU seconds of this process, JIT and GC included: what the work costs on a machine others share. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** First run apart (cold), then median and worst of the rest. */
    private static void report(String what, List<Double> seconds) {
        List<Double> warm = new ArrayList<>(seconds.subList(1, seconds.size()));
        Collections.sort(warm);
        System.out.printf("%-40s first %.3f s, then median %.3f s, worst %.3f s%n", what, seconds.get(0),
                warm.get(warm.size() / 2), warm.get(warm.size() - 1));
    }
}
