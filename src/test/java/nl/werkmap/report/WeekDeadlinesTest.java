package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The week view's deadlines (issue 13, weekall9): {@link WorkList#week} makes only the werklijst's items of the
 * listed weeks, without their coach, and counts the earlier ones. They must be exactly the werklijst's items due in
 * those days, in the werklijst's order, less the coach, and the count exactly its items due before them: on the demo caseload with the edge rows of
 * {@link WerklijstIndexEquivalenceTest} and this week's sessions tombstoned or moved out of the week, for everyone,
 * a team and three coaches, on seven days (a Saturday, a Sunday and a Monday among them), with the recent weeks, the
 * whole year or only today on listed, up to a week ahead or past the werklijst's own 30 days.
 */
class WeekDeadlinesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate MADE = LocalDate.of(2026, 12, 4);
    private static final List<LocalDate> DAYS = List.of(MADE.minusMonths(7), MADE.minusDays(3), MADE,
            MADE.plusDays(1), MADE.plusDays(2), MADE.plusDays(3), MADE.plusDays(28));

    @Test
    void theWerklijstsItemsOfTheWeekAndItsCountBefore(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 1_200, 11, MADE, done -> { });
            WerklijstIndexEquivalenceTest.edgeRows(store);
            store.writeOwnTables(dsl -> {
                // This week's sessions: some tombstoned, some moved to the week before or after.
                dsl.execute("UPDATE coaching_session SET deleted = 1 WHERE starts_at >= '2026-11-30'"
                        + " AND rowid % 5 = 0");
                dsl.execute("UPDATE coaching_session SET starts_at = '2026-11-29T23:59' WHERE starts_at >= '2026-11-30'"
                        + " AND starts_at < '2026-12-07' AND rowid % 5 = 1");
                return dsl.execute("UPDATE coaching_session SET starts_at = '2026-12-07T00:00'"
                        + " WHERE starts_at >= '2026-11-30' AND starts_at < '2026-12-07' AND rowid % 5 = 2");
            });
            List<ReportScope> scopes = WerklijstDatesIndexTest.scopes(store);
            assertEquals(5, scopes.size(), "a team among the scopes");
            int listed = 0;
            int before = 0;
            for (LocalDate day : DAYS) {
                Clock clock = Clock.fixed(day.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
                LocalDate oldest = day.minusMonths(WorkList.OVERDUE_WINDOW_MONTHS);
                for (ReportScope scope : scopes) {
                    WorkList all = store.read(dsl -> WorkList.compute(dsl, clock, scope));
                    // The recent weeks, the whole year, today only; a week ahead, and past the werklijst's 30 days.
                    for (LocalDate from : List.of(day.minusWeeks(8), oldest, day)) {
                        for (LocalDate last : List.of(day.plusDays(8), day.plusDays(45))) {
                            String what = scope + " on " + day + " from " + from + " to " + last;
                            List<WorkItem> expected = all.items().stream()
                                    .filter(i -> !i.due().isBefore(from) && !i.due().isAfter(last))
                                    .map(i -> new WorkItem(i.kind(), i.due(), i.candidateId(), i.placementId(), null,
                                            null)).toList();
                            int expectedBefore = (int) all.items().stream().filter(i -> i.due().isBefore(from))
                                    .count();
                            WeekDeadlines week = WorkList.week(store::read, clock, scope, from, last);
                            assertEquals(expected, week.items(), what);
                            assertEquals(expectedBefore, week.dueBefore(), what);
                            listed += expected.size();
                            before += expectedBefore;
                        }
                    }
                }
            }
            assertTrue(listed > 2_000, "items compared: " + listed);
            assertTrue(before > 500, "items counted before: " + before);
        }
    }
}
