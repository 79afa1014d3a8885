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

import org.jooq.DSLContext;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.sync.candidate.CaseloadSyncMarks;
import nl.werkmap.sync.candidate.SyncMarks;

/**
 * Times the extra cost of the caseload list's sync marks: {@link CaseloadSyncMarks#read()} on a caseload of N
 * candidates whose whole history went out in acknowledged bundles, with P candidates that have waiting changes
 * (on the candidate itself, a session, a placement or a buddy contact; half not yet in a bundle, half in a bundle the
 * hub has not acknowledged) and C open conflicts, next to the caseload load it runs beside. Prints the query plans
 * too. Usage: {@code SyncMarksBench [candidates] [pending] [conflicts]}, default 150000 2000 100;
 * {@code -Dbench.reuse=DIR} re-times a caseload from an earlier run (its sync state is built afresh).
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.bench.store.SyncMarksBench -Dexec.args="150000 2000 100"</pre>
 */
public final class SyncMarksBench {

    private static final String PASSPHRASE = "bench passphrase 2026";
    private static final int RUNS = Integer.getInteger("bench.runs", 15);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Bundles the generated history went out in, all acknowledged. */
    private static final int OLD_BUNDLES = 300;

    private SyncMarksBench() {
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        int pending = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int conflicts = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String reuse = System.getProperty("bench.reuse");
        Path root = reuse == null ? Files.createTempDirectory("werkmap-syncmarks-bench") : Path.of(reuse);
        Vault vault;
        try {
            vault = reuse == null ? Vault.create(root.resolve("keyring.json"), PASSPHRASE.toCharArray())
                    : Vault.unlock(root.resolve("keyring.json"), PASSPHRASE.toCharArray());
        } catch (WrongPassphraseException e) {
            throw new IllegalStateException("not a bench folder: " + root, e);
        }
        FieldSealer sealer = vault.sealer();
        Path db = root.resolve("werkmap.db");
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f; folder %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), root);
        if (!Files.exists(db)) {
            long t0 = System.nanoTime();
            try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
                new SyntheticCaseload().fill(store, size, 20);
            }
            System.out.printf(Locale.ROOT, "generated %,d candidates in %.0f s, file %,d MB%n", size,
                    (System.nanoTime() - t0) / 1e9, Files.size(db) / (1024 * 1024));
        }
        try (CaseloadStore store = CaseloadStore.open(db, sealer)) {
            store.writeOwnTables(dsl -> syncState(dsl, pending, conflicts));
            System.out.printf(Locale.ROOT, "change_log %,d rows, %,d of them waiting; %,d open conflicts%n",
                    store.read(dsl -> dsl.fetchValue("SELECT count(*) FROM change_log", Integer.class)),
                    store.read(dsl -> dsl.fetchValue("SELECT count(*) FROM change_log WHERE bundle_id IS NULL "
                            + "OR bundle_id = 'waiting'", Integer.class)),
                    store.read(dsl -> dsl.fetchValue("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL",
                            Integer.class)));
            plans(store);
            CaseloadSyncMarks marks = new CaseloadSyncMarks(store);
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            SyncMarks last = null;
            for (int i = 0; i < RUNS + 3; i++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                last = marks.read();
                if (i >= 3) { // the first reads warm the JIT and the page cache
                    wall.add((System.nanoTime() - t0) / 1e6);
                    cpu.add((CPU.getCurrentThreadCpuTime() - c0) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "CaseloadSyncMarks.read (%d runs): median %.1f ms, p90 %.1f ms wall; "
                            + "median %.1f ms cpu -> %,d pending, %,d conflict candidates%n", RUNS,
                    percentile(wall, 50), percentile(wall, 90), percentile(cpu, 50), last.pending().size(),
                    last.conflicts().size());
            List<Double> load = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long t0 = System.nanoTime();
                CaseloadIndex.build(store.caseloadQuery().load());
                if (i > 0) {
                    load.add((System.nanoTime() - t0) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "for comparison, CaseloadQuery.load + index build: median %.0f ms wall%n",
                    percentile(load, 50));
        }
        vault.lock();
    }

    /**
     * Everything generated counts as sent and acknowledged; then waiting changes for {@code pending} random
     * candidates, spread over the kinds of rows that belong to a candidate, and {@code conflicts} open conflicts.
     * Built afresh on each run, so a reused caseload gives the same picture.
     */
    private static int syncState(DSLContext dsl, int pending, int conflicts) {
        dsl.execute("DELETE FROM sync_enrollment");
        dsl.execute("DELETE FROM sync_outbox");
        dsl.execute("DELETE FROM sync_conflict");
        // Through the bundle_id index: a reused caseload is not scanned whole (11 million rows at 150,000).
        dsl.execute("DELETE FROM change_log WHERE (bundle_id IS NULL OR bundle_id = 'waiting') "
                + "AND device_id = 'bench-edit'");
        dsl.execute("INSERT INTO sync_enrollment (device_id, hub_url, municipality, coach_id, role, team, signing_key,"
                + " encryption_key, hub_signing_key, hub_encryption_key, enrolled_at) VALUES ('bench', "
                + "'https://hub.example', 'gemeente', 'c', 'JOBCOACH', 'noord', x'00', x'00', '{}', '{}', "
                + "'2026-11-01T08:00:00Z')");
        for (int b = 0; b < OLD_BUNDLES; b++) {
            dsl.execute("INSERT INTO sync_outbox (bundle_id, seq_from, seq_to, change_count, jwe, created_at, "
                    + "acknowledged_at) VALUES (?, 0, 0, 0, '', '2026-11-01T08:00:00Z', '2026-11-01T08:00:01Z')",
                    "old-" + b);
        }
        dsl.execute("INSERT INTO sync_outbox (bundle_id, seq_from, seq_to, change_count, jwe, created_at) "
                + "VALUES ('waiting', 0, 0, 0, '', '2026-11-02T08:00:00Z')");
        dsl.execute("UPDATE change_log SET bundle_id = 'old-' || (seq % " + OLD_BUNDLES + ") "
                + "WHERE bundle_id IS NULL OR bundle_id = 'waiting'");
        List<String> candidates = dsl.fetchValues("SELECT id FROM candidate WHERE deleted = 0").stream()
                .map(String::valueOf).toList();
        List<String> picked = new ArrayList<>(candidates);
        Collections.shuffle(picked, new Random(11));
        picked = picked.subList(0, Math.min(pending + conflicts, picked.size()));
        for (int i = 0; i < Math.min(pending, picked.size()); i++) {
            String candidate = picked.get(i);
            String[] row = switch (i % 4) {
                case 0 -> new String[] {"candidate", candidate};
                case 1 -> child(dsl, "coaching_session", "SELECT id FROM coaching_session WHERE candidate_id = ?",
                        candidate);
                case 2 -> child(dsl, "placement", "SELECT id FROM placement WHERE candidate_id = ?", candidate);
                default -> child(dsl, "employer_contact", "SELECT e.id FROM employer_contact e JOIN placement p "
                        + "ON p.id = e.placement_id WHERE p.candidate_id = ?", candidate);
            };
            if (row == null) {
                row = new String[] {"candidate", candidate};
            }
            String bundle = i % 2 == 0 ? null : "waiting";
            for (int f = 0; f < 5; f++) { // a save logs several fields
                dsl.execute("INSERT INTO change_log (entity, entity_id, field, value, sealed, hlc, device_id, "
                        + "bundle_id) VALUES (?, ?, ?, x'00', 0, ?, 'bench-edit', ?)", row[0], row[1], "field" + f,
                        String.format(Locale.ROOT, "%015d-%05d-bench-edit", 1_790_000_000_000L + i, f), bundle);
            }
        }
        for (int i = 0; i < conflicts && pending + i < picked.size(); i++) {
            String candidate = picked.get(pending + i);
            for (String resolved : new String[] {null, "2026-11-03T10:00:00Z", "2026-11-03T10:00:00Z"}) {
                dsl.execute("INSERT INTO sync_conflict (id, entity, entity_id, field, losing_value, sealed, "
                        + "losing_hlc, losing_device, winning_hlc, detected_at, resolved_at) VALUES (?, 'candidate', "
                        + "?, 'status', x'00', 0, 'h', 'other', 'h', '2026-11-03T09:00:00Z', ?)",
                        java.util.UUID.randomUUID().toString(), candidate, resolved);
            }
        }
        dsl.execute("ANALYZE");
        return 0;
    }

    private static String[] child(DSLContext dsl, String entity, String sql, String candidate) {
        Object id = dsl.fetchValue(sql + " LIMIT 1", candidate);
        return id == null ? null : new String[] {entity, String.valueOf(id)};
    }

    private static void plans(CaseloadStore store) {
        store.read(dsl -> {
            for (String sql : new String[] {
                "SELECT entity, entity_id FROM change_log WHERE bundle_id IS NULL UNION SELECT entity, entity_id "
                        + "FROM change_log WHERE bundle_id IN (SELECT bundle_id FROM sync_outbox WHERE "
                        + "acknowledged_at IS NULL)",
                "SELECT DISTINCT entity, entity_id FROM sync_conflict WHERE resolved_at IS NULL",
                "SELECT DISTINCT candidate_id FROM coaching_session WHERE id IN ('a', 'b')",
                "SELECT DISTINCT p.candidate_id FROM employer_contact e JOIN placement p ON p.id = e.placement_id "
                        + "WHERE e.id IN ('a', 'b')"}) {
                System.out.println("plan: " + sql);
                dsl.fetch("EXPLAIN QUERY PLAN " + sql).forEach(r -> System.out.println("    " + r.get("detail")));
            }
            return null;
        });
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
