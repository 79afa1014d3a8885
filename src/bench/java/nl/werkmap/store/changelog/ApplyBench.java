package nl.werkmap.store.changelog;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.jooq.DSLContext;

import nl.werkmap.security.TestVaults;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.db.Database;

/**
 * The device's half of a first sync alone: every field of a caseload's rows (coaches, employers, candidates, plans,
 * placements, sessions) as remote changes, in the hub's entity order and in bundles of 5,000 rows as the hub sends
 * them, applied into a new caseload file, one transaction per bundle: the batched applier, the field-by-field one
 * it replaced (on the first {@code LIMIT} rows only, it is slow), and the floor, the same rows bulk-inserted into a
 * new SQLite file ({@code INSERT ... SELECT}). Wall and whole-process CPU, and the load average.
 * Usage: {@code ApplyBench SOURCE.db [LIMIT]} with SOURCE a caseload file (e.g. one CaseloadScreenBench made);
 * LIMIT 0 leaves the field-by-field comparison out. {@code -Dbench.perTransaction=N} also writes the bundles N to a
 * transaction (as a sync writes the bundles already waiting) beside one per transaction.
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.store.changelog.ApplyBench -Dexec.args="/tmp/caseload-5000/werkmap.db 100000"</pre>
 */
public final class ApplyBench {

    private static final List<String> ORDER = List.of("coach", "employer", "candidate", "plan_goal", "placement",
            "coaching_session", "plan_action");
    private static final int ROWS_PER_BUNDLE = 5_000;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ApplyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f at start%n",
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
        List<List<RemoteRow>> bundles = bundles(source, Integer.MAX_VALUE);
        long changes = bundles.stream().mapToLong(RowList::fields).sum();
        Path dir = Files.createTempDirectory("apply-bench");

        double[] floor = time(() -> nl.werkmap.bench.sync.BulkCopyFloor.copy(source, dir.resolve("floor.db"),
                ORDER));
        double[] batched = apply(dir.resolve("batched.db"), bundles,
                (clock, tx) -> rows -> new RemoteChangeApplier(clock).applyRows(tx, rows));
        System.out.printf(Locale.ROOT, "%,d field changes in %d bundles | batched: %.0f ms wall, %.0f ms cpu | floor"
                + " (same rows bulk-inserted): %.0f ms wall, %.0f ms cpu | ratio %.1fx wall | load %.1f%n", changes,
                bundles.size(), batched[0], batched[1], floor[0], floor[1], batched[0] / floor[0],
                OS.getSystemLoadAverage());
        // Runs: several bundles in one transaction, as a sync writes the bundles already waiting (issue 13).
        int perRun = Integer.getInteger("bench.perTransaction", 0);
        if (perRun > 1) {
            double[] runs = applyInRuns(dir.resolve("runs.db"), bundles, perRun);
            // One per transaction again, now as warm as the runs were: the first pass also paid for compiling.
            double[] again = apply(dir.resolve("batched-again.db"), bundles,
                    (clock, tx) -> rows -> new RemoteChangeApplier(clock).applyRows(tx, rows));
            System.out.printf(Locale.ROOT, "the same, %d bundles per transaction: %.0f ms wall, %.0f ms cpu (one per"
                    + " bundle, again after the runs: %.0f ms wall, %.0f ms cpu) | load %.1f%n", perRun, runs[0],
                    runs[1], again[0], again[1], OS.getSystemLoadAverage());
        }

        if (limit == 0) {
            return; // LIMIT 0: the batched applier and the floor only
        }
        List<List<RemoteRow>> few = bundles(source, limit);
        long fewChanges = few.stream().mapToLong(RowList::fields).sum();
        double[] fewBatched = apply(dir.resolve("few-batched.db"), few,
                (clock, tx) -> rows -> new RemoteChangeApplier(clock).applyRows(tx, rows));
        double[] fewByField = apply(dir.resolve("few-by-field.db"), few,
                (clock, tx) -> rows -> new FieldByFieldApplier(clock).apply(tx, fieldByField(rows)));
        System.out.printf(Locale.ROOT, "first %,d rows (%,d field changes): batched %.0f ms wall, %.0f ms cpu;"
                + " field by field %.0f ms wall, %.0f ms cpu; %.1fx faster | load %.1f%n", limit, fewChanges,
                fewBatched[0], fewBatched[1], fewByField[0], fewByField[1], fewByField[0] / fewBatched[0],
                OS.getSystemLoadAverage());
    }

    interface Applier {
        List<ApplyOutcome> apply(List<RemoteRow> rows);
    }

    /** The row writes as one change per field, for the field-by-field applier. */
    private static List<RemoteChange> fieldByField(List<RemoteRow> rows) {
        List<RemoteChange> changes = new ArrayList<>();
        for (RemoteRow r : rows) {
            for (int f = 0; f < r.size(); f++) {
                changes.add(new RemoteChange(r.entity(), r.entityId(), r.field(f), r.value(f), r.sealed(f), r.hlc(),
                        r.deviceId()));
            }
        }
        return changes;
    }

    private static double[] apply(Path file, List<List<RemoteRow>> bundles,
                                  BiFunction<HybridLogicalClock, DSLContext, Applier> applier) throws Exception {
        CaseloadStore.open(file, TestVaults.inMemory().sealer(), Clock.systemUTC()).close();
        HybridLogicalClock clock = new HybridLogicalClock("bench-device", System::currentTimeMillis, null);
        try (Database db = Database.open(file)) {
            return time(() -> {
                for (List<RemoteRow> bundle : bundles) {
                    db.write(tx -> applier.apply(clock, tx).apply(bundle));
                }
            });
        }
    }

    /** The bundles in runs of {@code perRun}, each run in one transaction ({@link RemoteChangeApplier#applyRun}). */
    private static double[] applyInRuns(Path file, List<List<RemoteRow>> bundles, int perRun) throws Exception {
        CaseloadStore.open(file, TestVaults.inMemory().sealer(), Clock.systemUTC()).close();
        HybridLogicalClock clock = new HybridLogicalClock("bench-device", System::currentTimeMillis, null);
        try (Database db = Database.open(file)) {
            return time(() -> {
                for (int from = 0; from < bundles.size(); from += perRun) {
                    List<List<RemoteRow>> run = bundles.subList(from, Math.min(bundles.size(), from + perRun));
                    java.util.Iterator<List<RemoteRow>> rest = run.subList(1, run.size()).iterator();
                    db.write(tx -> new RemoteChangeApplier(clock).applyRun(tx, run.get(0),
                            () -> rest.hasNext() ? rest.next() : null));
                }
            });
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static double[] time(Work work) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu0 = OS.getProcessCpuTime();
        long own0 = threads.getCurrentThreadCpuTime();
        long bytes0 = threads.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        work.run();
        double[] took = {(System.nanoTime() - t0) / 1e6, (OS.getProcessCpuTime() - cpu0) / 1e6,
                (threads.getCurrentThreadCpuTime() - own0) / 1e6};
        // The applying thread's own CPU beside the whole process's (the rest is the JVM's: GC, JIT), and what it
        // allocated: a count the machine's load does not change.
        System.out.printf(Locale.ROOT, "  (%.0f ms wall, %.0f ms cpu of which the applying thread %.0f ms; it"
                + " allocated %.0f MB)%n", took[0], took[1], took[2],
                (threads.getCurrentThreadAllocatedBytes() - bytes0) / 1e6);
        return took;
    }

    /**
     * Every non-empty field of the first {@code limit} rows, one write per row, in bundles of 5,000 rows; writes of
     * one table with the same fields share their names and seal flags, as a sync's do.
     */
    private static List<List<RemoteRow>> bundles(Path source, int limit) throws Exception {
        List<List<RemoteRow>> bundles = new ArrayList<>();
        List<RemoteRow> current = new ArrayList<>();
        java.util.Map<List<Object>, Object[]> shapes = new java.util.HashMap<>();
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String table : ORDER) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next() && rows < limit) {
                        String id = rs.getString("id");
                        String hlc = rs.getString("updated_at");
                        String by = rs.getString("updated_by");
                        List<String> names = new ArrayList<>();
                        List<Object> values = new ArrayList<>();
                        List<Boolean> sealed = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String column = meta.getColumnName(i);
                            if (column.equals("id") || column.equals("updated_at") || column.equals("updated_by")) {
                                continue;
                            }
                            Object value = rs.getObject(i);
                            if (value == null) {
                                continue;
                            }
                            boolean isSealed = value instanceof byte[];
                            names.add(column);
                            values.add(isSealed ? value : RemoteRow.plain(text(table, column, value)));
                            sealed.add(isSealed);
                        }
                        List<Object> key = new ArrayList<>(names);
                        key.add(0, table);
                        key.addAll(sealed);
                        Object[] shape = shapes.computeIfAbsent(key, k -> {
                            boolean[] flags = new boolean[sealed.size()];
                            for (int f = 0; f < flags.length; f++) {
                                flags[f] = sealed.get(f);
                            }
                            return new Object[] {names.toArray(String[]::new), flags};
                        });
                        current.add(new RemoteRow(table, id, hlc, by, (String[]) shape[0], values.toArray(),
                                (boolean[]) shape[1]));
                        rows++;
                        if (current.size() == ROWS_PER_BUNDLE) {
                            bundles.add(current);
                            current = new ArrayList<>();
                        }
                    }
                }
            }
        }
        if (!current.isEmpty()) {
            bundles.add(current);
        }
        return bundles;
    }

    /** Plain values as a device sends them: booleans as true/false, numbers and text as written. */
    private static String text(String table, String column, Object value) {
        org.jooq.Field<?> field = nl.werkmap.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(table).field(column);
        return Boolean.class.equals(field.getDataType().getType()) && value instanceof Number n
                ? String.valueOf(n.intValue() != 0) : String.valueOf(value);
    }
}
