package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.WERKNEMERSPROFIEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.report.ProfielFigures.CoachProfiel;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SummaryTables;
import nl.werkmap.store.jooq.tables.records.WerknemersprofielRecord;

/**
 * Werknemersprofiel completeness per coach in the team summary: the four items counted in SQL without opening a
 * sealed field, a candidate without a profile missing all four, counts 1 to 4 shown as "<5" and no candidate names.
 */
class ProfielSummaryTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    private static WerknemersprofielRecord complete(CaseloadFixture f, String candidateId) {
        WerknemersprofielRecord p = f.dsl.newRecord(WERKNEMERSPROFIEL);
        p.setId("wp-" + candidateId);
        p.setCandidateId(candidateId);
        p.setOpleidingsniveau("MBO_2");
        p.setSectorWishes("I;G");
        p.setHoursMin(12.0);
        p.setHoursMax(24.0);
        p.setWorkDays("MONDAY;TUESDAY");
        p.setTravelPostcode(CaseloadFixture.SEALED);
        p.setMaxTravelMinutes(30);
        p.setUpdatedAt("0");
        p.setUpdatedBy("test");
        p.setDeleted(false);
        return p;
    }

    @Test
    void countsCompleteProfilesAndWhatIsMissingPerCoach() throws Exception {
        try (CaseloadFixture f = new CaseloadFixture(dir.resolve("c.db"))) {
            f.coach("c1", "Anna de Vries", "Noord", 40);
            f.coach("c2", "Bram Jansen", "Noord", 40);
            for (int i = 0; i < 7; i++) {
                f.candidate("a" + i, "c1", "NEE", "ACTIEF_TRAJECT").store();
            }
            for (int i = 0; i < 6; i++) {
                complete(f, "a" + i).store();
            }
            WerknemersprofielRecord noTravelTime = complete(f, "a5");
            noTravelTime.setMaxTravelMinutes(null);
            noTravelTime.update();
            f.candidate("b0", "c2", "NEE", "ACTIEF_TRAJECT").store();
            f.candidate("b1", "c2", "NEE", "ACTIEF_TRAJECT").store();
            WerknemersprofielRecord hoursOnly = complete(f, "b0");
            hoursOnly.setWorkDays(null);
            hoursOnly.setSectorWishes(null);
            hoursOnly.store();
            WerknemersprofielRecord deleted = complete(f, "b1");
            deleted.setDeleted(true);
            deleted.store();

            TeamSummary summary = new SummaryService(f.dsl, TODAY).compute(ReportPeriod.parse("2026-T3"),
                    ReportScope.team("Noord"));
            List<CoachProfiel> perCoach = summary.profiel().perCoach();
            assertEquals(new CoachProfiel("c1", "Anna de Vries", 7, 5, 1, 1, 1, 2), perCoach.get(0),
                    "a6 has no profile (misses all four), a5 misses its travel time");
            assertEquals(new CoachProfiel("c2", "Bram Jansen", 2, 0, 1, 2, 2, 1), perCoach.get(1),
                    "a tombstoned profile counts as none; hours without days or a start date are not enough");

            ReportTable table = new SummaryTables().tables(summary).stream()
                    .filter(t -> t.id().equals("werknemersprofiel")).findFirst().orElseThrow();
            assertEquals(List.of("Coach", "Actieve kandidaten", "Profiel compleet", "Zonder opleidingsniveau",
                    "Zonder sectorwensen", "Zonder uren en beschikbaarheid", "Zonder reisbereik",
                    "VSO/PrO zonder profiel en eerste gesprek"), table.headers());
            assertEquals("Anna de Vries", table.cell(0, 0).display());
            assertEquals("5", table.cell(0, 2).display());
            assertEquals("<5", table.cell(0, 3).display(), "small counts are hidden");
            assertTrue(table.anyHidden());
            String all = table.rows().toString() + table.note();
            assertFalse(all.contains("a5") || all.contains("b0"), "no candidate ids or names");
        }
    }
}
