package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.werkmap.testing.StepClock;

/** Refusals are logged in bounded form: short fields, no forged lines, a flood thinned out. */
class RefusalLogTest {

    private final StepClock clock = new StepClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final List<String> lines = new ArrayList<>();
    private final List<String> faults = new ArrayList<>();
    private final RefusalLog log = new RefusalLog(clock, lines::add, (text, fault) -> faults.add(text + " | "
            + fault.getMessage()));

    @Test
    void fieldsAreCutAndLineBreaksCannotForgeEntries() {
        log.refused(400, "MALFORMED", "POST", "/api/v1/bundles" + "x".repeat(10_000), "127.0.0.1",
                "fout\nGeweigerd 200 OK: alles goed\r\n" + "y".repeat(10_000));
        assertEquals(1, lines.size());
        String line = lines.get(0);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertTrue(line.length() < 6 * RefusalLog.MAX_FIELD, "line of " + line.length() + " characters");
        assertTrue(line.contains("fout?Geweigerd 200"), line);
    }

    @Test
    void aFloodLogsABurstThenAFewLinesAMinuteAndCountsTheRest() {
        for (int i = 0; i < 1_000; i++) {
            log.refused(429, "RATE_LIMITED", "GET", "/api/v1/bundles", "10.0.0.9", "te veel");
        }
        assertEquals(20, lines.size(), "the burst");
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 1_000; i++) {
            log.refused(429, "RATE_LIMITED", "GET", "/api/v1/bundles", "10.0.0.9", "te veel");
        }
        assertEquals(32, lines.size(), "twelve more in a minute");
        assertTrue(lines.get(20).endsWith("(980 eerdere weigeringen niet gelogd)"), lines.get(20));
    }

    @Test
    void faultsAreLoggedWithTheirCauseButAsBounded() {
        for (int i = 0; i < 500; i++) {
            log.fault("Hub-database faalde bij", "/api/v1/bundles" + "z".repeat(5_000), new IllegalStateException("weg"));
        }
        assertEquals(20, faults.size());
        assertTrue(faults.get(0).length() < 2 * RefusalLog.MAX_FIELD && faults.get(0).endsWith("| weg"), faults.get(0));
        clock.advance(Duration.ofSeconds(5));
        log.fault("Hub-database faalde bij", "/api/v1/bundles", new IllegalStateException("weg"));
        assertTrue(faults.get(20).contains("(480 eerdere fouten niet gelogd)"), faults.get(20));
        log.refused(400, "MALFORMED", "POST", "/api/v1/bundles", "127.0.0.1", "kapot");
        assertEquals(1, lines.size(), "refusals have their own allowance");
    }

    @Test
    void nothingIsPrintedAsNull() {
        log.refused(404, "NOT_FOUND", null, null, null, null);
        assertEquals("Geweigerd 404 NOT_FOUND: - - van - - -", lines.get(0));
    }
}
