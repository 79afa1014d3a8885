package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.Coach;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The werklijst's dates half reads through V49's placement_werklijst_dates (issue 13, weekall8): the same werklijst
 * (items, order, older-overdue count) and the same summary counts as on the same file without that index, for
 * everyone, a team and three coaches on five days, on the demo caseload with edge rows: later placements of early
 * candidates with shared start dates (candidate order and the old order apart, many equal items), placements that
 * leave the index (jobcoach type, proefplaatsing or loonwaarde cleared, tombstoned) or enter it (one of them set),
 * ended, ending today and future placements, placements starting after today, candidates without a coach, left or
 * tombstoned. The items of the half come in placement_report_type's order for every scope: for everyone the very
 * order SQLite's scan gave before V49 (the query run on the file without the index), and that index's key order as
 * an ORDER BY (type, end, start, candidate, id: id is unique, so the order is total). And the planner picks the
 * index on its own for the half and its count, covering, and for no other read of placements tested here.
 */
class WerklijstDatesIndexTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate MADE = LocalDate.of(2026, 12, 4);
    private static final List<LocalDate> DAYS = List.of(MADE.minusMonths(7), MADE.minusDays(3), MADE,
            MADE.plusDays(10), MADE.plusMonths(5));
    /** placement_report_type's order, as an ORDER BY (deleted is 0 in every row the half reads). */
    private static final String OLD_ORDER = " ORDER BY placement.type, placement.actual_end, placement.deleted,"
            + " placement.start_date, placement.candidate_id, placement.id";

    @Test
    void sameWerklijstWithAndWithoutTheIndex(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 1_200, 17, MADE, done -> { });
            edgeRows(store);
            List<ReportScope> scopes = scopes(store);

            String everyone = plan(store, ReportScope.all());
            assertTrue(everyone.contains("SCAN placement USING COVERING INDEX placement_werklijst_dates"), everyone);
            assertTrue(everyone.contains("candidate_report_id"), everyone);
            String count = store.read(dsl -> plan(dsl, dsl.renderInlined(dates(dsl, ReportScope.all(), MADE)
                    .countQuery())));
            assertTrue(count.contains("COVERING INDEX placement_werklijst_dates"), count);
            String coach = plan(store, scopes.get(scopes.size() - 1));
            assertTrue(coach.contains("COVERING INDEX placement_werklijst_dates (candidate_id=?"), coach);
            notForOtherReads(store);
            Map<String, Object> withIndex = werklijsten(store, scopes);

            store.writeOwnTables(dsl -> dsl.execute("DROP INDEX placement_werklijst_dates"));
            // The plan before V49, for everyone: the scan of placement_report_type, whose order the half keeps.
            String before = plan(store, ReportScope.all());
            assertTrue(before.startsWith("SCAN placement USING COVERING INDEX placement_report_type"), before);
            Map<String, Object> without = werklijsten(store, scopes);
            for (LocalDate day : DAYS) {
                // The order SQLite's scan gave the half before V49, row for row, and OLD_ORDER's.
                WorkList half = (WorkList) without.get("dates half " + key(ReportScope.all(), day));
                assertEquals(scanned(store, day, half, ""), placements(half), "scan order " + day);
                assertEquals(scanned(store, day, half, OLD_ORDER), placements(half), "ORDER BY " + day);
            }

            assertEquals(without.keySet(), withIndex.keySet());
            int items = 0;
            for (Map.Entry<String, Object> e : without.entrySet()) {
                assertEquals(e.getValue(), withIndex.get(e.getKey()), e.getKey());
                if (e.getValue() instanceof WorkList w) {
                    items += w.items().size();
                }
            }
            assertTrue(items > 2_000, "items compared: " + items);
            long ties = maxTies(store, ReportScope.all(), MADE);
            assertTrue(ties > 20, "equal items to keep in order: " + ties);
        }
    }

    /** Everyone, the first team and three coaches of the demo caseload. */
    static List<ReportScope> scopes(CaseloadStore store) {
        List<ReportScope> scopes = new ArrayList<>(List.of(ReportScope.all()));
        List<Coach> coaches = store.coaches().all();
        coaches.stream().map(Coach::team).filter(t -> t != null).findFirst()
                .ifPresent(team -> scopes.add(ReportScope.team(team)));
        for (Coach c : coaches.subList(0, 3)) {
            scopes.add(ReportScope.own(c.id().toString()));
        }
        return scopes;
    }

    /** Rows at the edges of the index's WHERE, of the half's own tests and of the order. */
    private static void edgeRows(CaseloadStore store) {
        store.writeOwnTables(dsl -> {
            dsl.execute("UPDATE candidate SET coach_id = NULL WHERE rowid % 9 = 0");
            dsl.execute("UPDATE candidate SET status = 'UITGESTROOMD' WHERE rowid % 10 = 3");
            dsl.execute("UPDATE candidate SET deleted = 1 WHERE rowid % 23 = 0");
            // Later placements of candidates made early on, at the end of the table and early in candidate order,
            // on few start dates so that many items fall on one day: placement_report_type's order (type, end,
            // start, candidate, id) is then what keeps equal items in place.
            dsl.execute("CREATE TEMP TABLE later AS SELECT * FROM placement WHERE (jobcoach_type IS NOT NULL"
                    + " OR type = 'PROEFPLAATSING' OR loonwaarde_measured_on IS NOT NULL) AND rowid % 2 = 0");
            dsl.execute("UPDATE later SET id = id || '-later', start_date = CASE rowid % 2 WHEN 0 THEN '2026-06-15'"
                    + " ELSE '2026-10-20' END, planned_end = NULL, actual_end ="
                    + " CASE rowid % 4 WHEN 0 THEN '2027-01-31' ELSE NULL END, follows_placement_id = NULL");
            dsl.execute("INSERT INTO placement SELECT * FROM later ORDER BY candidate_id DESC");
            dsl.execute("DROP TABLE later");
            // Leave the index: each of the three kinds cleared (some rows keep another), or tombstoned.
            dsl.execute("UPDATE placement SET jobcoach_type = NULL WHERE jobcoach_type IS NOT NULL AND rowid % 7 = 0");
            dsl.execute("UPDATE placement SET type = 'DIENSTVERBAND' WHERE type = 'PROEFPLAATSING' AND rowid % 7 = 1");
            dsl.execute("UPDATE placement SET loonwaarde_measured_on = NULL, loonwaarde_next_on = NULL"
                    + " WHERE loonwaarde_measured_on IS NOT NULL AND rowid % 7 = 2");
            dsl.execute("UPDATE placement SET deleted = 1 WHERE rowid % 13 = 0");
            // Enter it: one kind set on placements that had none.
            dsl.execute("UPDATE placement SET loonwaarde_measured_on = '2026-01-10', loonwaarde_next_on ="
                    + " CASE rowid % 2 WHEN 0 THEN '2026-12-20' ELSE NULL END WHERE jobcoach_type IS NULL"
                    + " AND type <> 'PROEFPLAATSING' AND loonwaarde_measured_on IS NULL AND rowid % 5 = 0");
            dsl.execute("UPDATE placement SET type = 'PROEFPLAATSING', planned_end = NULL WHERE jobcoach_type IS NULL"
                    + " AND type <> 'PROEFPLAATSING' AND loonwaarde_measured_on IS NULL AND rowid % 5 = 1");
            dsl.execute("UPDATE placement SET jobcoach_type = 'EXTERN_UWV' WHERE jobcoach_type IS NULL"
                    + " AND type <> 'PROEFPLAATSING' AND loonwaarde_measured_on IS NULL AND rowid % 5 = 2");
            // Ended long ago, ending on the demo's day, ending later; starting after it or on it.
            dsl.execute("UPDATE placement SET actual_end = '2025-01-31' WHERE rowid % 11 = 1");
            dsl.execute("UPDATE placement SET actual_end = '2026-12-04' WHERE rowid % 11 = 2");
            dsl.execute("UPDATE placement SET actual_end = '2027-02-01' WHERE rowid % 11 = 3");
            dsl.execute("UPDATE placement SET start_date = '2027-03-01' WHERE rowid % 17 = 4");
            return dsl.execute("UPDATE placement SET start_date = '2026-12-04' WHERE rowid % 17 = 5");
        });
    }

    /** Per scope and day: the werklijst (one connection and two halves), its dates half alone, the summary counts. */
    private static Map<String, Object> werklijsten(CaseloadStore store, List<ReportScope> scopes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (LocalDate day : DAYS) {
            Clock clock = Clock.fixed(day.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
            for (ReportScope scope : scopes) {
                String key = key(scope, day);
                out.put(key, store.read(dsl -> WorkList.compute(dsl, clock, scope)));
                out.put("halves " + key, WorkList.compute(store::read, clock, scope));
                WorkList half = store.read(dsl -> dates(dsl, scope, day).unsortedWorkList());
                out.put("dates half " + key, half);
                // The summary's count of the same items reads the index too (countQuery: the same WHERE).
                out.put("counts " + key, Arrays.deepToString(store.read(dsl -> dates(dsl, scope, day).figures())
                        .byKind().counts()));
                assertEquals(inOldOrder(store, scope, day, half, OLD_ORDER), placements(half), "order " + key);
            }
        }
        return out;
    }

    /** The placements with an item listed, in the order of their first item. */
    private static List<String> placements(WorkList half) {
        Set<String> ids = new LinkedHashSet<>();
        half.items().forEach(i -> ids.add(i.placementId()));
        return new ArrayList<>(ids);
    }

    private static String key(ReportScope scope, LocalDate day) {
        return scope.kind() + " " + scope.value() + " " + day;
    }

    /** The same placements in the order of the half's own query with {@code orderBy} (none: the scan's order). */
    private static List<String> inOldOrder(CaseloadStore store, ReportScope scope, LocalDate day, WorkList half,
                                           String orderBy) {
        Set<String> listed = new LinkedHashSet<>(placements(half));
        return store.read(dsl -> dsl.fetch(dsl.renderInlined(dates(dsl, scope, day).query()) + orderBy)
                .getValues(0, String.class)).stream().filter(listed::contains).toList();
    }

    private static List<String> scanned(CaseloadStore store, LocalDate day, WorkList half, String orderBy) {
        return inOldOrder(store, ReportScope.all(), day, half, orderBy);
    }

    /** Other reads of placements keep their plans: none of them says what the index's WHERE says. */
    private static void notForOtherReads(CaseloadStore store) {
        store.read(dsl -> {
            String jobcoach = plan(dsl, dsl.renderInlined(new JobcoachDeadlineQueries(dsl,
                    caseload(dsl, ReportScope.all(), MADE), MADE).query()));
            assertTrue(jobcoach.contains("placement_werklijst_jobcoach"), jobcoach);
            for (String sql : List.of("SELECT * FROM placement WHERE candidate_id = 'x' AND deleted = 0",
                    "SELECT id, start_date, loonwaarde_measured_on FROM placement WHERE deleted = 0"
                            + " AND loonwaarde_measured_on IS NOT NULL",
                    "SELECT id, type FROM placement WHERE deleted = 0 AND type = 'PROEFPLAATSING'"
                            + " ORDER BY start_date")) {
                String plan = plan(dsl, sql);
                assertFalse(plan.contains("werklijst_dates"), sql + ": " + plan);
            }
            return null;
        });
    }

    /** The most items of one due day and kind in the dates half. */
    private static long maxTies(CaseloadStore store, ReportScope scope, LocalDate day) {
        WorkList half = store.read(dsl -> dates(dsl, scope, day).unsortedWorkList());
        return half.items().stream().collect(Collectors.groupingBy(i -> i.due() + " " + i.kind(),
                Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The dates half's plan. */
    private static String plan(CaseloadStore store, ReportScope scope) {
        return store.read(dsl -> plan(dsl, dsl.renderInlined(dates(dsl, scope, MADE).query())));
    }

    private static DueSoonQueries dates(DSLContext dsl, ReportScope scope, LocalDate day) {
        return new DueSoonQueries(dsl, caseload(dsl, scope, day), day);
    }

    private static CaseloadQueries caseload(DSLContext dsl, ReportScope scope, LocalDate day) {
        return new CaseloadQueries(dsl, new ScopeFilter(scope), ReportPeriod.custom(LocalDate.of(1900, 1, 1), day));
    }

    private static String plan(DSLContext dsl, String sql) {
        // EXPLAIN does not look whether the schema changed since the connection last read it; a real statement does.
        dsl.fetch("SELECT count(*) FROM sqlite_master");
        return dsl.fetch("EXPLAIN QUERY PLAN " + sql).stream()
                .map(r -> r.get("detail", String.class)).collect(Collectors.joining("\n"));
    }
}
