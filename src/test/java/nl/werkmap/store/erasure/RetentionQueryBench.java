package nl.werkmap.store.erasure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.domain.retention.RetentionRules;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The retention overview's query plus the rule over every row, at 5,000 and at 150,000 synthetic candidates (rows
 * made by SQL for this query alone: a third ended, half with a placement, a fifth UWV-funded, one in six placements
 * still running), and then one erasure with its VACUUM of the whole file. Run on purpose only: {@code -Dwerkmap.bench=true -Dtest=RetentionQueryBench}. Prints the best of
 * five runs and the load average beside it.
 */
@EnabledIfSystemProperty(named = "werkmap.bench", matches = "true")
class RetentionQueryBench {

    @TempDir
    Path dir;

    @Test
    void overviewQueryAt5kAnd150k() throws Exception {
        for (int size : new int[] {5_000, 150_000}) {
            try (CaseloadStore store = CaseloadStore.open(dir.resolve("bench-" + size + ".db"), TestVault.sealer())) {
                synthesize(store, size);
                long best = Long.MAX_VALUE;
                int due = 0;
                for (int run = 0; run < 5; run++) {
                    long start = System.nanoTime();
                    List<RetentionRow> rows = store.read(RetentionQuery::ended);
                    LocalDate today = LocalDate.of(2026, 12, 4);
                    due = (int) rows.stream().filter(r -> RetentionRules.due(r.facts(), RetentionPolicy.DEFAULT, today))
                            .count();
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("RetentionQueryBench %,d candidates: best %d ms, %,d due; load %s%n", size,
                        best / 1_000_000, due, java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim());
                // One erasure on this caseload: rows, secure_delete, VACUUM of the whole file, WAL truncate.
                long file = java.nio.file.Files.size(dir.resolve("bench-" + size + ".db"));
                long start = System.nanoTime();
                LocalErasure.erase(store, TestVault.sealer(), "c000000003", "bench", LocalErasure.LOCAL,
                        "bench", false, java.time.Instant.now());
                System.out.printf("RetentionQueryBench erasure incl. VACUUM at %,d candidates (%,d KB file): %d ms;"
                        + " load %s%n", size, file / 1024, (System.nanoTime() - start) / 1_000_000,
                        java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim());
            }
        }
    }

    private static void synthesize(CaseloadStore store, int size) {
        store.writeOwnTables(dsl -> {
            dsl.execute("INSERT INTO employer (id, name, sector, updated_at, updated_by) VALUES ('e', 'Bench',"
                    + " 'MARKT', 'x', 'bench')");
            dsl.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + size + ")"
                    + " INSERT INTO candidate (id, full_name, register_status, status, status_since, registered_on,"
                    + " updated_at, updated_by) SELECT printf('c%09d', i), x'00', 'JA',"
                    + " CASE WHEN i % 3 = 0 THEN 'UITGESTROOMD' ELSE 'ACTIEF_TRAJECT' END,"
                    + " date('2012-01-01', '+' || (i % 5000) || ' days'), '2011-01-01', 'x', 'bench' FROM n");
            dsl.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + size + ")"
                    + " INSERT INTO placement (id, candidate_id, employer_id, type, start_date, actual_end,"
                    + " hours_per_week, jobcoach_type, updated_at, updated_by) SELECT printf('p%09d', i),"
                    + " printf('c%09d', i), 'e', 'DIENSTVERBAND', '2011-06-01',"
                    + " CASE WHEN i % 6 = 0 THEN NULL ELSE date('2012-06-01', '+' || (i % 4000) || ' days') END, 24,"
                    + " CASE WHEN i % 5 = 0 THEN 'EXTERN_UWV' ELSE NULL END, 'x', 'bench' FROM n WHERE i % 2 = 0");
            return null;
        });
    }
}
