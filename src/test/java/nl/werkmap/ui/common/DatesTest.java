package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.report.ReportPeriod;

/** One style per language: Dutch dd-MM-yyyy (as the files), English dd/MM/yyyy (en-GB); periods in words. */
class DatesTest {

    private final Dates dutch = new Dates(Messages.dutch());
    private final Dates english = new Dates(Messages.forLocale(Locale.ENGLISH));
    private final LocalDate day = LocalDate.of(2026, 3, 5);

    @Test
    void datesAndMomentsWithTwoDigitDayAndMonth() {
        assertEquals("05-03-2026", dutch.format(day));
        assertEquals("05-03-2026 09:07", dutch.format(LocalDateTime.of(2026, 3, 5, 9, 7)));
        assertEquals("05/03/2026", english.format(day), "British, not the US 3/5/26 of plain 'en'");
        assertEquals("05/03/2026 09:07", english.format(LocalDateTime.of(2026, 3, 5, 9, 7)));
        assertEquals("", dutch.format((LocalDate) null));
    }

    @Test
    void theScreensDutchDateIsTheFilesDate() {
        assertEquals(DutchDates.date(day), dutch.format(day));
        assertEquals(DutchDates.dateTime(LocalDateTime.of(2026, 12, 31, 23, 59)),
                dutch.format(LocalDateTime.of(2026, 12, 31, 23, 59)));
    }

    @Test
    void periodsInDutchWords() {
        assertEquals("2e kwartaal 2026", dutch.period(ReportPeriod.parse("2026-Q2")));
        assertEquals("1e halfjaar 2026", dutch.period(ReportPeriod.parse("2026-H1")));
        assertEquals("3e tertiaal 2026", dutch.period(ReportPeriod.parse("2026-T3")));
        assertEquals("2026", dutch.period(ReportPeriod.parse("2026")), "the year as a year, not 2.026");
        assertEquals("01-01-2026 t/m 31-03-2026", dutch.period(ReportPeriod.parse("2026-01-01..2026-03-31")));
        assertEquals("3e tertiaal 2026 (01-09-2026 t/m 31-12-2026)",
                dutch.periodWithDates(ReportPeriod.parse("2026-T3")));
    }

    @Test
    void periodsInEnglishWords() {
        assertEquals("Q2 2026", english.period(ReportPeriod.parse("2026-Q2")));
        assertEquals("H1 2026", english.period(ReportPeriod.parse("2026-H1")));
        assertEquals("T3 2026", english.period(ReportPeriod.parse("2026-T3")));
        assertEquals("2026", english.period(ReportPeriod.parse("2026")));
        assertEquals("01/01/2026 to 31/03/2026", english.period(ReportPeriod.parse("2026-01-01..2026-03-31")));
        assertEquals("Q4 2025 (01/10/2025 to 31/12/2025)", english.periodWithDates(ReportPeriod.parse("2025-Q4")));
    }

    @Test
    void theReportCoverUsesTheSameDutchWords() {
        assertEquals("2e kwartaal 2026", ReportPeriod.parse("2026-Q2").label());
        assertEquals("1e halfjaar 2026", ReportPeriod.parse("2026-H1").label());
        assertEquals("2026", ReportPeriod.parse("2026").label());
        assertEquals("01-01-2026 t/m 31-03-2026", ReportPeriod.parse("2026-01-01..2026-03-31").describe());
        for (String code : new String[] {"2026-Q1", "2026-Q4", "2026-T2", "2026-H2", "2026", "2026-02-01..2026-02-28"}) {
            ReportPeriod p = ReportPeriod.parse(code);
            assertEquals(p.label(), dutch.period(p), "screen and cover agree on " + code);
        }
    }
}
