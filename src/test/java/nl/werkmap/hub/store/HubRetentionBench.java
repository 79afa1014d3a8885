package nl.werkmap.hub.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.retention.RetentionRules;

/**
 * The hub's retention overview ({@link HubRetention#rows} plus the rule, as {@code hub bewaartermijn} runs it) at
 * 5,000 and 150,000 synthetic candidates in a SQLite hub in a temp folder (master rows and fields made by SQL: a third
 * ended, half with a placement, one in six placements running, a fifth UWV-funded), and one erasure there
 * ({@link HubErasure#erase}: rows, secure_delete, WAL truncate). Run on purpose only:
 * {@code mvn -o test -Dwerkmap.bench=true -Dtest=HubRetentionBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints the best of five runs and the load average beside it.
 */
@EnabledIfSystemProperty(named = "werkmap.bench", matches = "true")
class HubRetentionBench {

    @TempDir
    Path dir;

    @Test
    void hubOverviewAt5kAnd150k() throws Exception {
        for (int size : new int[] {5_000, 150_000}) {
            Path file = dir.resolve("hub-" + size + ".db");
            HubDatabase db = HubDatabase.open("jdbc:sqlite:" + file, null, null);
            try {
                synthesize(db, size);
                LocalDate today = LocalDate.of(2026, 12, 4);
                var policy = db.read(HubRetention::policy);
                long best = Long.MAX_VALUE;
                long due = 0;
                for (int run = 0; run < 5; run++) {
                    long start = System.nanoTime();
                    due = db.read(HubRetention::rows).stream()
                            .filter(r -> RetentionRules.due(r.facts(), policy, today)).count();
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("HubRetentionBench %,d candidates: best %d ms, %,d due; load %s%n", size,
                        best / 1_000_000, due, load());
                // The floor: one JDBC pass over the candidates' fields alone, no placements, no rule.
                long floor = Long.MAX_VALUE;
                for (int run = 0; run < 5; run++) {
                    long start = System.nanoTime();
                    db.read(dsl -> dsl.connectionResult(c -> {
                        int n = 0;
                        try (var read = c.prepareStatement(
                                "SELECT entity_id, field, value FROM master_field WHERE entity = 'candidate'");
                             var rs = read.executeQuery()) {
                            while (rs.next()) {
                                n += rs.getString(1).length() + rs.getString(2).length();
                            }
                        }
                        return n;
                    }));
                    floor = Math.min(floor, System.nanoTime() - start);
                }
                System.out.printf("HubRetentionBench %,d candidates: floor (one pass over the candidate fields) %d ms;"
                        + " load %s%n", size, floor / 1_000_000, load());
                long start = System.nanoTime();
                HubErasure.erase(db, "c000000003", "bench", "bench", java.time.Instant.now().toString());
                System.out.printf("HubRetentionBench erasure at %,d candidates (%,d KB file): %d ms; load %s%n", size,
                        Files.size(file) / 1024, (System.nanoTime() - start) / 1_000_000, load());
            } finally {
                db.close();
            }
        }
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void synthesize(HubDatabase db, int size) {
        String n = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + size + ") ";
        db.write(dsl -> {
            dsl.execute(n + "INSERT INTO master_row (entity, entity_id, candidate_id, journal_seq)"
                    + " SELECT 'candidate', printf('c%09d', i), printf('c%09d', i), i FROM n");
            dsl.execute(n + "INSERT INTO master_row (entity, entity_id, candidate_id, journal_seq)"
                    + " SELECT 'placement', printf('p%09d', i), printf('c%09d', i), i FROM n WHERE i % 2 = 0");
            field(dsl, n, "candidate", "c", "status",
                    "CASE WHEN i % 3 = 0 THEN 'UITGESTROOMD' ELSE 'ACTIEF_TRAJECT' END", "");
            field(dsl, n, "candidate", "c", "status_since", "date('2012-01-01', '+' || (i % 5000) || ' days')", "");
            field(dsl, n, "candidate", "c", "registered_on", "'2011-01-01'", "");
            field(dsl, n, "candidate", "c", "coach_id", "'coach-' || (i % 40)", "");
            field(dsl, n, "placement", "p", "actual_end",
                    "CASE WHEN i % 6 = 0 THEN NULL ELSE date('2012-06-01', '+' || (i % 4000) || ' days') END",
                    " WHERE i % 2 = 0");
            field(dsl, n, "placement", "p", "jobcoach_type",
                    "CASE WHEN i % 5 = 0 THEN 'EXTERN_UWV' ELSE NULL END", " WHERE i % 2 = 0");
            return null;
        });
    }

    private static void field(org.jooq.DSLContext dsl, String n, String entity, String prefix, String field,
                              String value, String where) {
        dsl.execute(n + "INSERT INTO master_field (entity, entity_id, field, value, hlc, device_id, journal_seq)"
                + " SELECT '" + entity + "', printf('" + prefix + "%09d', i), '" + field + "', " + value
                + ", '0000000000001-0000', 'bench', i FROM n" + where);
    }
}
