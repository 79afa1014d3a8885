package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.jooq.tables.records.CandidateRecord;

/** The monthly trend on a real SQLite caseload; today is 10 March 2027. */
class TrendQueriesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2027-03-10T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
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

    private void candidate(String id, String coach, String registered, String status, String since) {
        CandidateRecord c = f.candidate(id, coach, "JA", status);
        c.setRegisteredOn(registered);
        c.setStatusSince(since);
        c.store();
    }

    @Test
    void aShortPeriodShowsTheTwelveMonthsUpToItsEndAndNeverPastToday() {
        ReportPeriod kwartaal = ReportPeriod.parse("2026-Q4");
        List<LocalDate> days = TrendQueries.standDays(kwartaal, LocalDate.of(2027, 3, 10));
        assertEquals(12, days.size());
        assertEquals(LocalDate.of(2026, 1, 31), days.get(0));
        assertEquals(LocalDate.of(2026, 12, 31), days.get(11));

        List<LocalDate> thisYear = TrendQueries.standDays(ReportPeriod.parse("2027"), LocalDate.of(2027, 3, 10));
        assertEquals(LocalDate.of(2026, 4, 30), thisYear.get(0));
        assertEquals(LocalDate.of(2027, 3, 10), thisYear.get(11), "the running month stands on today");

        ReportPeriod long40 = ReportPeriod.custom(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 4, 30));
        List<LocalDate> capped = TrendQueries.standDays(long40, LocalDate.of(2027, 3, 10));
        assertEquals(TrendQueries.MAX_MONTHS, capped.size());
        assertEquals(LocalDate.of(2023, 5, 31), capped.get(0));
    }

    @Test
    void countsInBegeleidingAndWithABaanAtEachMonthEndInScope() {
        candidate("a", "c1", "2026-01-15", "ACTIEF_TRAJECT", "2026-01-15");  // from jan
        candidate("b", "c1", "2026-03-01", "UITGESTROOMD", "2026-06-15");    // mrt..mei, gone in jun
        candidate("c", "c1", "2026-02-28", "GEPLAATST", "2026-05-01");       // from feb
        candidate("z", "c9", "2026-01-01", "ACTIEF_TRAJECT", "2026-01-01");  // team Zuid: not counted
        f.placement("pc", "c", "e1", "DIENSTVERBAND", "2026-05-01", "2026-08-15", 20).store();   // may..jul
        f.placement("pc2", "c", "e1", "UITZEND", "2026-07-01", null, 10).store();                // jul on: same person
        f.placement("pa", "a", "e1", "PROEFPLAATSING", "2026-03-01", null, 20).store();          // no baan
        f.placement("pz", "z", "e1", "DIENSTVERBAND", "2026-01-01", null, 20).store();

        TrendFigures t = new TrendQueries(f.dsl, TODAY).compute(ReportPeriod.parse("2026"), ReportScope.team("Noord"));

        assertEquals(YearMonth.of(2026, 1), t.months().get(0));
        assertArrayEquals(new long[] {1, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2}, t.inBegeleiding());
        assertArrayEquals(new long[] {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1}, t.metBaan());
    }
}
