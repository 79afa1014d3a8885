package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.Examples;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import org.junit.jupiter.api.Test;

class ZrmRulesTest {
    private static final LocalDate TODAY = Examples.TODAY;

    private static ZrmMeasurement measuredDaysAgo(int days) {
        return new ZrmMeasurement(UUID.randomUUID(), UUID.randomUUID(), TODAY.minusDays(days),
                Map.of(ZrmDomain.WONING, 3));
    }

    @Test
    void thirtyDaysOldStillCountsThirtyOneDoesNot() {
        assertTrue(ZrmRules.isCurrent(measuredDaysAgo(0), TODAY));
        assertTrue(ZrmRules.isCurrent(measuredDaysAgo(30), TODAY));
        assertFalse(ZrmRules.isCurrent(measuredDaysAgo(31), TODAY));
        assertFalse(ZrmRules.isCurrent(measuredDaysAgo(-1), TODAY));
    }

    @Test
    void theNewestCurrentMeasurementWins() {
        ZrmMeasurement recent = measuredDaysAgo(3);
        assertEquals(Optional.of(recent),
                ZrmRules.current(List.of(measuredDaysAgo(20), recent, measuredDaysAgo(90)), TODAY));
        assertEquals(Optional.empty(), ZrmRules.current(List.of(measuredDaysAgo(90)), TODAY));
    }
}
