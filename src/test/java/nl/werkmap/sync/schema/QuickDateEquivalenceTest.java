package nl.werkmap.sync.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The date check's hand-made answer for the common forms ({@link ContentCheck#quickDate}) is java.time's for every
 * year kind (leap, century, 400-year, year 0, 9999), every month 00-13, every day 00-32, hours, minutes and seconds
 * at and past their ends; other forms are left to the parsers.
 */
class QuickDateEquivalenceTest {

    @Test
    void theQuickAnswerIsTheParsersAnswerForEveryDayAndTimeAtTheEdges() {
        int compared = 0;
        int days = 0;
        for (String year : List.of("0000", "1900", "2000", "2023", "2024", "2026", "2100", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String date = year + "-" + two(month) + "-" + two(day);
                    Boolean quick = ContentCheck.quickDate(date);
                    assertEquals(ContentCheck.parsedDate(date), quick, date);
                    compared++;
                    days += Boolean.TRUE.equals(quick) ? 1 : 0;
                }
            }
        }
        for (String date : List.of("2024-02-29", "2023-02-29", "2026-12-31", "2026-13-01")) {
            for (String time : List.of("T00:00", "T23:59", "T24:00", "T12:60", "T09:30:00", "T23:59:59", "T23:59:60",
                    "T99:99:99", "T00:00:00")) {
                assertEquals(ContentCheck.parsedDate(date + time), ContentCheck.quickDate(date + time), date + time);
                compared++;
            }
        }
        assertEquals(8 * 365 + 3, days, "every real day of the eight years, leap days of 0000, 2000 and 2024 too"
                + " (and 9999 none)");
        assertTrue(compared > 3_000);
    }

    @Test
    void otherFormsAreLeftToTheParsers() {
        for (String value : List.of("2026-12-05T10:00:00Z", "2026-12-05T10:00:00.5", "2026-12-05 10:00",
                "2026-12-05T10:00+01:00", "2026-1-05", "2026-12-5", "20261205", "2026/12/05", "２０２６-12-05",
                "2026-12-05T10:0a", "2026-12-05x10:00", "")) {
            assertNull(ContentCheck.quickDate(value), value);
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
