package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** {@link IsoDay} reads and refuses exactly what {@link LocalDate#parse} did where the list used it. */
class IsoDayTest {

    private static final String[] ODD = {"2026-02-29", "2024-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
        "2026-01-00", "0000-01-01", "9999-12-31", "+10000-01-01", "2026-1-01", "2026/01/01", "2026-01-0a",
        "２０２６-01-01", "2026-01-01 ", " 2026-01-01", "", "2026-01", "2026-01-01T09:30", "2026-12-05T",
        "2026-12-05 09:30", "2026-02-30T10:00", "20x6-01-01T09:00", "2026-01-01Z"};

    @Test
    void daysAsLocalDateParse() {
        for (String text : ODD) {
            assertSame(text, IsoDay::of, LocalDate::parse);
        }
        Random random = new Random(13);
        for (int i = 0; i < 3_000; i++) {
            String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33));
            assertSame(text, IsoDay::of, LocalDate::parse);
        }
        assertNull(IsoDay.of(null));
    }

    @Test
    void momentsAsTheirFirstTenCharacters() {
        Function<String, LocalDate> old = t -> LocalDate.parse(t.substring(0, 10));
        for (String text : ODD) {
            assertSame(text, IsoDay::ofMoment, old);
        }
        Random random = new Random(17);
        for (int i = 0; i < 3_000; i++) {
            String text = String.format("%04d-%02d-%02dT%02d:%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(24), random.nextInt(60));
            assertSame(text, IsoDay::ofMoment, old);
        }
        assertNull(IsoDay.ofMoment(null));
    }

    /** Same day, or the same kind of exception with the same message. */
    private static void assertSame(String text, Function<String, LocalDate> now, Function<String, LocalDate> before) {
        assertEquals(outcome(before, text), outcome(now, text), text);
    }

    private static String outcome(Function<String, LocalDate> parse, String text) {
        try {
            return String.valueOf(parse.apply(text));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
