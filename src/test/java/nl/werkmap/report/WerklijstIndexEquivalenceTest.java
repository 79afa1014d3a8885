package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.Coach;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The werklijst's jobcoach half reads through V48's partial indexes (issue 13, weekall5): the same items in the same
 * order, and the same older-overdue count, as on the same file without them (the plan SQLite ran before V48: the
 * placement table in table order, the grants through jobcoach_grant_placement). On the demo caseload with edge rows:
 * later placements of early candidates (table order and candidate order apart), ended placements (before, within and after the half's grace weeks), placements that left the index (jobcoach type
 * cleared, tombstoned) and entered it (a jobcoach type set), toekenningen tombstoned or covering only part of the
 * week, candidates without a coach; for everyone and per coach, on days around the day the demo was made. And the
 * planner picks both indexes for the half on its own (no INDEXED BY), but not for the werklijst's other half nor for
 * a placement's grants (GrantRepository's read, whose order of equal grants an index could change).
 */
class WerklijstIndexEquivalenceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate MADE = LocalDate.of(2026, 12, 4);
    private static final List<LocalDate> DAYS = List.of(MADE.minusMonths(7), MADE.minusDays(3), MADE,
            MADE.plusDays(10), MADE.plusMonths(5));

    @Test
    void sameWerklijstWithAndWithoutTheIndexes(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 1_200, 11, MADE, done -> { });
            edgeRows(store);
            List<ReportScope> scopes = new ArrayList<>(List.of(ReportScope.all()));
            for (Coach c : store.coaches().all().subList(0, 3)) {
                scopes.add(ReportScope.own(c.id().toString()));
            }
            assertTrue(plan(store).contains("placement_werklijst_jobcoach"), plan(store));
            // Both grant tests, and nothing else that reads a placement's grants.
            assertEquals(2, plan(store).split("jobcoach_grant_open", -1).length - 1, plan(store));
            String grantsOfPlacement = store.read(dsl -> plan(dsl, dsl.resultQuery("SELECT * FROM jobcoach_grant"
                    + " WHERE placement_id = 'x' AND deleted = 0 ORDER BY period, covered_from")));
            assertTrue(grantsOfPlacement.contains("jobcoach_grant_placement"), grantsOfPlacement);
            String dueSoon = store.read(dsl -> plan(dsl, new DueSoonQueries(dsl, caseload(dsl), MADE).query()));
            // The other half reads its own index (V49, WerklijstDatesIndexTest), not this half's.
            assertTrue(dueSoon.contains("placement_werklijst_dates") && !dueSoon.contains("werklijst_jobcoach"),
                    dueSoon);
            Map<String, WorkList> withIndexes = werklijsten(store, scopes);

            store.writeOwnTables(dsl -> {
                dsl.execute("DROP INDEX placement_werklijst_jobcoach");
                return dsl.execute("DROP INDEX jobcoach_grant_open");
            });
            assertFalse(plan(store).contains("werklijst") || plan(store).contains("grant_open"), plan(store));
            Map<String, WorkList> without = werklijsten(store, scopes);

            int jobcoachItems = 0;
            for (Map.Entry<String, WorkList> e : without.entrySet()) {
                WorkList now = withIndexes.get(e.getKey());
                assertEquals(e.getValue().items(), now.items(), e.getKey());
                assertEquals(e.getValue().olderOverdue(), now.olderOverdue(), e.getKey());
                jobcoachItems += (int) now.items().stream().filter(i -> JOBCOACH_KINDS.contains(i.kind())).count();
            }
            // The order is put to the test only where equal deadlines are many: every placement's
            // verantwoordingsrapportage of a half year falls on the same day.
            assertTrue(jobcoachItems > 1_000, "jobcoach items compared: " + jobcoachItems);
            assertTrue(maxTies(withIndexes.get("all " + MADE)) > 20, "ties to keep in order");
        }
    }

    private static final List<WorkItem.Kind> JOBCOACH_KINDS = List.of(WorkItem.Kind.AANVRAAG,
            WorkItem.Kind.EINDE_DIENSTBETREKKING, WorkItem.Kind.WIJZIGING, WorkItem.Kind.VERANTWOORDINGSRAPPORTAGE,
            WorkItem.Kind.VERVOLGAANVRAAG, WorkItem.Kind.LANGDURIGE_MOTIVATIE, WorkItem.Kind.UREN_INVOEREN);

    /** Rows at the edges of the indexes' WHERE and of the half's own tests. */
    static void edgeRows(CaseloadStore store) {
        store.writeOwnTables(dsl -> {
            dsl.execute("UPDATE candidate SET coach_id = NULL WHERE rowid % 9 = 0");
            // A later jobcoach placement of a candidate made early on (a coach adds a job to someone long on the
            // caseload): at the end of the table, early in candidate order. The demo makes each candidate's
            // placements with the candidate, so without these the two orders would hardly differ.
            dsl.execute("CREATE TEMP TABLE later AS SELECT * FROM placement WHERE jobcoach_type IS NOT NULL"
                    + " AND rowid % 3 = 0");
            dsl.execute("UPDATE later SET id = id || '-later', start_date = '2026-06-15', actual_end = NULL,"
                    + " follows_placement_id = NULL, contract_sequence = 1");
            dsl.execute("INSERT INTO placement SELECT * FROM later ORDER BY candidate_id DESC");
            dsl.execute("DROP TABLE later");
            // Leave the index: the jobcoach type cleared, or the placement tombstoned.
            dsl.execute("UPDATE placement SET jobcoach_type = NULL WHERE jobcoach_type IS NOT NULL AND rowid % 7 = 0");
            dsl.execute("UPDATE placement SET deleted = 1 WHERE jobcoach_type IS NOT NULL AND rowid % 13 = 0");
            // Enter it: a jobcoach type set on placements that had none (some of them proefplaatsingen).
            dsl.execute("UPDATE placement SET jobcoach_type = 'EXTERN_UWV' WHERE jobcoach_type IS NULL"
                    + " AND deleted = 0 AND rowid % 5 = 0");
            // Ended: long ago, within the grace weeks, in the future; and a placement starting after today.
            dsl.execute("UPDATE placement SET actual_end = '2025-01-31' WHERE jobcoach_type IS NOT NULL AND rowid % 11 = 1");
            dsl.execute("UPDATE placement SET actual_end = '2026-11-20' WHERE jobcoach_type IS NOT NULL AND rowid % 11 = 2");
            dsl.execute("UPDATE placement SET actual_end = '2027-02-01' WHERE jobcoach_type IS NOT NULL AND rowid % 11 = 3");
            dsl.execute("UPDATE placement SET start_date = '2027-03-01' WHERE jobcoach_type IS NOT NULL AND rowid % 17 = 4");
            // Follows another placement, without a later contract number (a wijziging of its own).
            dsl.execute("UPDATE placement SET contract_sequence = NULL, follows_placement_id = (SELECT p2.id FROM"
                    + " placement p2 WHERE p2.rowid < placement.rowid ORDER BY p2.rowid DESC LIMIT 1)"
                    + " WHERE jobcoach_type IS NOT NULL AND rowid % 4 = 0");
            // Toekenningen: tombstoned (leave jobcoach_grant_open), and covering only part of the half year.
            dsl.execute("UPDATE jobcoach_grant SET deleted = 1 WHERE rowid % 6 = 0");
            dsl.execute("UPDATE jobcoach_grant SET covered_from = '2026-12-02' WHERE rowid % 6 = 1");
            dsl.execute("UPDATE jobcoach_grant SET covered_until = '2026-11-27' WHERE rowid % 6 = 2");
            return dsl.execute("UPDATE jobcoach_grant SET covered_from = '2026-07-01', covered_until = '2026-12-31'"
                    + " WHERE rowid % 6 = 3");
        });
    }

    private static Map<String, WorkList> werklijsten(CaseloadStore store, List<ReportScope> scopes) {
        Map<String, WorkList> out = new LinkedHashMap<>();
        for (LocalDate day : DAYS) {
            Clock clock = Clock.fixed(day.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
            for (ReportScope scope : scopes) {
                String key = (scope.kind() == ReportScope.Kind.ALLES ? "all" : scope.value()) + " " + day;
                out.put(key, store.read(dsl -> WorkList.compute(dsl, clock, scope)));
                // The two halves at once, as the week view reads it.
                out.put("halves " + key, WorkList.compute(store::read, clock, scope));
            }
        }
        return out;
    }

    /** The most items of one due day and kind. */
    private static long maxTies(WorkList list) {
        return list.items().stream().collect(Collectors.groupingBy(i -> i.due() + " " + i.kind(),
                Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The jobcoach half's query plan on this file, for everyone, on the day the demo was made. */
    private static String plan(CaseloadStore store) {
        return store.read(dsl -> plan(dsl, new JobcoachDeadlineQueries(dsl, caseload(dsl), MADE).query()));
    }

    private static CaseloadQueries caseload(DSLContext dsl) {
        return new CaseloadQueries(dsl, new ScopeFilter(ReportScope.all()),
                ReportPeriod.custom(LocalDate.of(1900, 1, 1), MADE));
    }

    private static String plan(DSLContext dsl, org.jooq.Query query) {
        // EXPLAIN does not look whether the schema changed since the connection last read it; a real statement does.
        dsl.fetch("SELECT count(*) FROM sqlite_master");
        return dsl.fetch("EXPLAIN QUERY PLAN " + dsl.renderInlined(query)).stream()
                .map(r -> r.get("detail", String.class)).collect(Collectors.joining("\n"));
    }
}
