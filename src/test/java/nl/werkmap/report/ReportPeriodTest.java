package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void parsesEveryKind() {
        assertEquals(range("2026-09-01", "2026-12-31"), span(ReportPeriod.parse("2026-T3")));
        assertEquals(range("2026-01-01", "2026-04-30"), span(ReportPeriod.parse("2026-t1")));
        assertEquals(range("2026-04-01", "2026-06-30"), span(ReportPeriod.parse("2026-Q2")));
        assertEquals(range("2026-01-01", "2026-06-30"), span(ReportPeriod.parse("2026-H1")));
        assertEquals(range("2026-07-01", "2026-12-31"), span(ReportPeriod.parse("2026-H2")));
        assertEquals(range("2026-01-01", "2026-12-31"), span(ReportPeriod.parse("2026")));
        assertEquals(range("2026-01-01", "2026-03-31"), span(ReportPeriod.parse("2026-01-01..2026-03-31")));
        assertEquals("3e tertiaal 2026 (01-09-2026 t/m 31-12-2026)", ReportPeriod.parse("2026-T3").describe());
    }

    @Test
    void refusesWhatItDoesNotKnowWithADutchHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-T4"));
        assertTrue(e.getMessage().contains("2026-T3"));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-02-30..2026-03-01"));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-03-01..2026-02-01"));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(""));
    }

    private static String span(ReportPeriod p) {
        return p.from() + ".." + p.to();
    }

    private static String range(String a, String b) {
        return LocalDate.parse(a) + ".." + LocalDate.parse(b);
    }
}
