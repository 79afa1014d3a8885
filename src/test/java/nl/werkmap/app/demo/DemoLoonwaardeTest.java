package nl.werkmap.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.rules.WerkmapRules;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.WorkItem;
import nl.werkmap.report.WorkList;
import nl.werkmap.security.TestVaults;
import nl.werkmap.store.CaseloadStore;

/** The demo records loonwaarde measurements, so its werklijst holds this year's work, not years-old leftovers. */
class DemoLoonwaardeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void everyMeasuredPlacementHasItsHistoryAndCarriesTheNewest() {
        DemoBatch batch = new DemoCaseload.DemoPlan(400, 5, TODAY).slice(0, 400);
        Map<UUID, List<LoonwaardeMeasurement>> byPlacement = batch.loonwaarde.stream()
                .collect(Collectors.groupingBy(LoonwaardeMeasurement::placementId));
        long measured = batch.placements.stream().filter(p -> p.loonwaardePct() != null).count();
        assertTrue(measured > 20, "the demo has measured placements: " + measured);
        for (Placement p : batch.placements) {
            if (p.loonwaardePct() == null) {
                continue;
            }
            List<LoonwaardeMeasurement> history = byPlacement.get(p.id());
            LoonwaardeMeasurement newest = history.get(history.size() - 1);
            assertEquals(newest.measuredOn(), p.loonwaardeMeasuredOn());
            assertEquals(newest.loonwaardePct(), p.loonwaardePct());
            assertTrue(!newest.measuredOn().isAfter(TODAY));
        }
    }

    @Test
    void theDemoWerklijstHasNoYearsOverdueLoonwaarde(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"),
                TestVaults.create(dir.resolve("keyring.json")).sealer())) {
            DemoCaseload.generate(store, 400, 5, TODAY, done -> { });
            Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            WorkList list = store.read(dsl -> WorkList.compute(dsl, clock, ReportScope.all()));
            long loonwaarde = list.items().stream().filter(i -> i.kind() == WorkItem.Kind.LOONWAARDEMETING).count();
            long measuredRunning = store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.PLACEMENT,
                    nl.werkmap.store.jooq.Tables.PLACEMENT.LOONWAARDE_MEASURED_ON.isNotNull()
                            .and(nl.werkmap.store.jooq.Tables.PLACEMENT.ACTUAL_END.isNull())));
            assertTrue(loonwaarde > 0, "some re-measurements fall due, as in a real caseload");
            assertTrue(loonwaarde * 3 < measuredRunning,
                    loonwaarde + " loonwaarde items for " + measuredRunning + " measured running placements");
            assertEquals(0, list.olderOverdue(), "nothing overdue for more than "
                    + WerkmapRules.LOONWAARDE_REMEASURE_MONTHS + " months");
        }
    }
}
