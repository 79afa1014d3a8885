package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Stamps from the future are refused at the door, and no stamp can push a hybrid clock to its end. */
class ClockBoundsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Clock WALL = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Hlc MAX = new Hlc(999_999_999_999_999L, 99_999);

    private static Bundle up(String stamp) {
        return Bundle.up(UUID.randomUUID().toString(), "dev", "gemeente-a", 1, 1, NOW.toString(),
                List.of(new Change("candidate", UUID.randomUUID().toString(), Map.of("status", "ACTIEF"), stamp,
                        false)));
    }

    private static String at(Instant moment) {
        return new Hlc(moment.toEpochMilli(), 0).stamp("dev");
    }

    @Test
    void theHubRefusesALaptopWhoseClockRunsAheadAndSaysWhatToDo() {
        assertDoesNotThrow(() -> ClockBounds.checkUp(up(at(NOW.plus(Duration.ofMinutes(4)))), NOW,
                ClockBounds.DEFAULT_MARGIN));
        ClockAheadException e = assertThrows(ClockAheadException.class, () -> ClockBounds.checkUp(
                up(at(NOW.plus(Duration.ofHours(3)))), NOW, ClockBounds.DEFAULT_MARGIN));
        assertEquals(RefusalCode.CLOCK_AHEAD, e.code());
        assertTrue(e.getMessage().contains("3 uur voor") && e.getMessage().contains("Zet de datum, tijd en tijdzone"),
                e.getMessage());
        assertThrows(ClockAheadException.class, () -> ClockBounds.checkUp(up(MAX.stamp("dev")), NOW,
                ClockBounds.DEFAULT_MARGIN));
    }

    @Test
    void baseStampsConflictNotesAndDecisionsCountToo() {
        String future = at(NOW.plus(Duration.ofDays(2)));
        Bundle based = Bundle.up(UUID.randomUUID().toString(), "dev", "gemeente-a", 1, 1, NOW.toString(),
                List.of(new Change("candidate", UUID.randomUUID().toString(), Map.of("status", "A"), at(NOW), false,
                        null, Map.of("status", future))));
        assertThrows(ClockAheadException.class, () -> ClockBounds.checkUp(based, NOW, ClockBounds.DEFAULT_MARGIN));
        Bundle decided = Bundle.up(UUID.randomUUID().toString(), "dev", "gemeente-a", 1, 1, NOW.toString(), List.of(),
                List.of(Resolution.keep("candidate", UUID.randomUUID().toString(), "status", future)));
        assertThrows(ClockAheadException.class, () -> ClockBounds.checkUp(decided, NOW, ClockBounds.DEFAULT_MARGIN));
    }

    @Test
    void aLaptopRefusesStampsFromTheFutureFromItsHubAndNamesBothClocks() {
        Bundle down = Bundle.down(UUID.randomUUID().toString(), "hub", "gemeente-a", "dev", 0, 1, NOW.toString(),
                List.of(new Change("candidate", UUID.randomUUID().toString(), Map.of("status", "A"),
                        MAX.stamp("other"), false, "other")), null);
        ClockAheadException e = assertThrows(ClockAheadException.class,
                () -> ClockBounds.checkDown(down, NOW, ClockBounds.DEVICE_MARGIN));
        assertTrue(e.getMessage().contains("klok van deze laptop") && e.getMessage().contains("repair-clock"),
                e.getMessage());
    }

    @Test
    void theHybridClockCannotBePushedToItsEnd() {
        HlcClock clock = new HlcClock(WALL, Hlc.ZERO, ClockBounds.DEFAULT_MARGIN);
        assertThrows(ClockAheadException.class, () -> clock.observe(MAX));
        clock.observe(new Hlc(NOW.plus(Duration.ofMinutes(5)).toEpochMilli(), 99_999));
        Hlc next = clock.now();
        assertTrue(next.compareTo(new Hlc(NOW.plus(Duration.ofMinutes(5)).toEpochMilli(), 99_999)) > 0, next.toString());
    }

    @Test
    void aClockStartedOnStampsFromTheFuturePointsToTheRepair() {
        HlcClock poisoned = new HlcClock(WALL, MAX, ClockBounds.DEFAULT_MARGIN);
        IllegalStateException e = assertThrows(IllegalStateException.class, poisoned::now);
        assertTrue(e.getMessage().contains("hub repair-clock"), e.getMessage());
    }
}
