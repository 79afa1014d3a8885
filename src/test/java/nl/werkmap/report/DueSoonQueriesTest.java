package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.rules.WerkmapRules;
import nl.werkmap.store.jooq.tables.records.PlacementRecord;

/** The werklijst's choices (see {@link DueSoonQueries}) on a real SQLite caseload, today being 1 March 2027. */
class DueSoonQueriesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private CaseloadFixture f;

    @BeforeEach
    void open(@TempDir Path dir) throws Exception {
        f = new CaseloadFixture(dir.resolve("caseload.db"));
        f.coach("c1", "Anna de Vries", "Noord", 40);
        f.coach("c9", "Cor Zuidema", "Zuid", 40);
        f.employer("e1", "Bakkerij Markt BV", "MARKT");
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private void loonwaarde(String candidate, String coach, String status, String measuredOn, String actualEnd) {
        f.candidate(candidate, coach, "JA", status).store();
        PlacementRecord p = f.placement("p-" + candidate, candidate, "e1", "DIENSTVERBAND", "2020-01-01", actualEnd, 30);
        p.setLoonwaardePct(60);
        p.setLoonwaardeMeasuredOn(measuredOn);
        p.store();
    }

    private WorkList noord() {
        return WorkList.compute(f.dsl, TODAY, ReportScope.team("Noord"));
    }

    @Test
    void theReMeasurementIntervalIsTheOneRuleInWerkmapRules() {
        assertEquals(WerkmapRules.LOONWAARDE_REMEASURE_MONTHS, DueSoonQueries.LOONWAARDE_INTERVAL_MONTHS);
        assertEquals(12, WerkmapRules.LOONWAARDE_REMEASURE_MONTHS);
    }

    @Test
    void theLatestMeasurementsNextDateDecidesWhenToMeasureAgain() {
        loonwaarde("given", "c1", "GEPLAATST", "2026-01-15", null);      // default: due 2027-01-15, overdue
        f.dsl.update(nl.werkmap.store.jooq.Tables.PLACEMENT)
                .set(nl.werkmap.store.jooq.Tables.PLACEMENT.LOONWAARDE_NEXT_ON, "2027-07-15")
                .where(nl.werkmap.store.jooq.Tables.PLACEMENT.ID.eq("p-given")).execute();
        loonwaarde("soonNext", "c1", "GEPLAATST", "2026-09-01", null);    // default would be 2027-09-01
        f.dsl.update(nl.werkmap.store.jooq.Tables.PLACEMENT)
                .set(nl.werkmap.store.jooq.Tables.PLACEMENT.LOONWAARDE_NEXT_ON, "2027-03-10")
                .where(nl.werkmap.store.jooq.Tables.PLACEMENT.ID.eq("p-soonNext")).execute();

        assertEquals(List.of("soonNext"), noord().items().stream().map(WorkItem::candidateId).toList());
    }

    @Test
    void overdueUpToAYearIsListedFirstAndOlderIsOnlyCounted() {
        loonwaarde("recent", "c1", "GEPLAATST", "2026-01-15", null);     // due 2027-01-15: overdue 45 days
        loonwaarde("twoYears", "c1", "GEPLAATST", "2024-06-01", null);   // due 2025-06-01: overdue 21 months
        loonwaarde("lastYear", "c1", "GEPLAATST", "2025-03-01", null);   // due 2026-03-01: exactly a year, listed
        loonwaarde("late", "c1", "GEPLAATST", "2026-02-10", null);       // due 2027-02-10: overdue 19 days
        loonwaarde("soon", "c1", "GEPLAATST", "2026-03-20", null);       // due 2027-03-20: in 19 days
        loonwaarde("later", "c1", "GEPLAATST", "2026-04-15", null);      // due 2027-04-15: past the 30 days
        loonwaarde("ancient", "c1", "GEPLAATST", "2019-05-01", null);    // due 2020: a record nobody updated

        WorkList list = noord();

        assertEquals(List.of("lastYear", "recent", "late", "soon"), list.items().stream().map(WorkItem::candidateId).toList());
        assertEquals(List.of(true, true, true, false),
                list.items().stream().map(i -> i.overdue(LocalDate.of(2027, 3, 1))).toList());
        assertEquals(2, list.olderOverdue());

        // The summary counts the same items without building the list: the older overdue ones are left out.
        CrossTally due = new SummaryService(f.dsl, TODAY).compute(ReportPeriod.parse("2027-T1"), ReportScope.team("Noord"))
                .dueSoon().byKind();
        assertEquals(3, due.get("LOONWAARDEMETING", DueSoonFigures.OVERDUE));
        assertEquals(1, due.get("LOONWAARDEMETING", DueSoonFigures.DUE));
    }

    @Test
    void endedPlacementsCandidatesWhoLeftAndOtherTeamsHaveNothingDue() {
        loonwaarde("ended", "c1", "GEPLAATST", "2026-02-10", "2027-02-28");
        loonwaarde("gone", "c1", "UITGESTROOMD", "2026-02-10", null);
        loonwaarde("zuid", "c9", "GEPLAATST", "2026-02-10", null);
        loonwaarde("endsToday", "c1", "GEPLAATST", "2026-02-10", "2027-03-01");

        assertEquals(List.of("endsToday"), noord().items().stream().map(WorkItem::candidateId).toList());
        assertEquals(0, noord().olderOverdue());
    }

    @Test
    void oneItemPerPlacementAndKindAndTheSummaryCountsTheListedOnes() {
        f.candidate("k1", "c1", "JA", "GEPLAATST").store();
        PlacementRecord proef = f.placement("pp", "k1", "e1", "PROEFPLAATSING", "2027-01-05", null, 20);
        proef.setPlannedEnd("2027-03-05");                                // ends in 4 days
        proef.setJobcoachType("EXTERN_UWV");
        proef.setLoonwaardePct(50);
        proef.setLoonwaardeMeasuredOn("2026-02-20");                      // overdue 9 days
        proef.store();
        f.candidate("k2", "c1", "JA", "GEPLAATST").store();
        PlacementRecord stale = f.placement("ps", "k2", "e1", "PROEFPLAATSING", "2025-06-01", null, 20);
        stale.store();                                                    // "ended" 2025-08-01: counted only

        WorkList list = noord();
        // The jobcoach proefplaatsing has no toekenning yet: its aanvraag (due 2027-01-19) is on the list too.
        assertEquals(List.of(WorkItem.Kind.AANVRAAG, WorkItem.Kind.LOONWAARDEMETING,
                WorkItem.Kind.EINDE_PROEFPLAATSING), list.items().stream().map(WorkItem::kind).toList());
        assertEquals(1, list.olderOverdue());

        TeamSummary summary = new SummaryService(f.dsl, TODAY).compute(ReportPeriod.parse("2027-T1"),
                ReportScope.team("Noord"));
        CrossTally due = summary.dueSoon().byKind();
        assertEquals(1, due.get("LOONWAARDEMETING", DueSoonFigures.OVERDUE));
        assertEquals(1, due.get("EINDE_PROEFPLAATSING", DueSoonFigures.DUE));
        assertEquals(0, due.get("EINDE_PROEFPLAATSING", DueSoonFigures.OVERDUE));
        assertEquals(0, due.get("HALFJAARRAPPORTAGE", DueSoonFigures.DUE));        // first one on 2027-07-05
    }
}
