package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.Coach;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The werklijst read straight from JDBC (issue 13, weekall) gives the very items, in the same order, and the same
 * older-overdue count as the jOOQ-record read before it (kept as {@link ReferenceDueSoonQueries} and
 * {@link ReferenceJobcoachDeadlineQueries}), on the demo caseload, for everyone and per coach, on days before,
 * at and after the day the demo was made (so items fall overdue, due and outside the window in turn); and the
 * werklijst read in two halves at once on two connections (weekall3) gives them too.
 */
class WorkListPlainReadTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate MADE = LocalDate.of(2026, 12, 4);

    @Test
    void sameItemsAsTheRecordReadOnTheDemoCaseload(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 1_200, 42, MADE, done -> { });
            // Some candidates without a coach, so "Zonder coach" is among the names compared (weekall2: the names
            // come from CoachNames instead of a join per row).
            store.writeOwnTables(dsl -> dsl.execute("UPDATE candidate SET coach_id = NULL WHERE rowid % 9 = 0"));
            // Jobcoach placements that follow another (a wijziging on their own, without a later contract number),
            // so the "follows" test the SQL does since weekall3 is compared too.
            store.writeOwnTables(dsl -> dsl.execute("UPDATE placement SET contract_sequence = NULL,"
                    + " follows_placement_id = (SELECT p2.id FROM placement p2 WHERE p2.rowid < placement.rowid"
                    + " ORDER BY p2.rowid DESC LIMIT 1) WHERE jobcoach_type IS NOT NULL AND rowid % 5 = 0"));
            List<ReportScope> scopes = new ArrayList<>(List.of(ReportScope.all()));
            for (Coach c : store.coaches().all().subList(0, 3)) {
                scopes.add(ReportScope.own(c.id().toString()));
            }
            int compared = 0;
            for (LocalDate day : List.of(MADE.minusMonths(7), MADE.minusDays(3), MADE, MADE.plusDays(10),
                    MADE.plusMonths(5))) {
                Clock clock = Clock.fixed(day.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
                for (ReportScope scope : scopes) {
                    WorkList now = store.read(dsl -> WorkList.compute(dsl, clock, scope));
                    WorkList before = store.read(dsl -> reference(dsl, day, scope));
                    assertEquals(before.items(), now.items(), day + " " + scope);
                    assertEquals(before.olderOverdue(), now.olderOverdue(), day + " " + scope);
                    // Its two halves read at once on two read connections (issue 13, weekall3).
                    WorkList halves = WorkList.compute(store::read, clock, scope);
                    assertEquals(before.items(), halves.items(), "halves " + day + " " + scope);
                    assertEquals(before.olderOverdue(), halves.olderOverdue(), "halves " + day + " " + scope);
                    compared += now.items().size();
                }
            }
            assertTrue(compared > 1_000, "the demo caseload gives items to compare: " + compared);
            WorkList everyone = store.read(dsl -> WorkList.compute(dsl, Clock.fixed(MADE.atTime(9, 0)
                    .atZone(AMSTERDAM).toInstant(), AMSTERDAM), ReportScope.all()));
            assertTrue(everyone.items().stream().anyMatch(i -> i.coachId() == null), "items without a coach");
            assertTrue(everyone.items().stream().anyMatch(i -> i.coachId() != null), "items with a coach");
        }
    }

    /** WorkList.compute as it was, on the reference reads. */
    private static WorkList reference(org.jooq.DSLContext dsl, LocalDate today, ReportScope scope) {
        ReportPeriod anyTime = ReportPeriod.custom(LocalDate.of(1900, 1, 1), today);
        CaseloadQueries caseload = new CaseloadQueries(dsl, new ScopeFilter(scope), anyTime);
        WorkList placements = new ReferenceDueSoonQueries(dsl, caseload, today).workList();
        List<WorkItem> all = new ArrayList<>(placements.items());
        all.addAll(WorkList.withinWindow(new ReferenceJobcoachDeadlineQueries(dsl, caseload, today).items(), today));
        all.sort(Comparator.comparing(WorkItem::due).thenComparing(WorkItem::kind));
        return new WorkList(all, placements.olderOverdue());
    }
}
