package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import nl.werkmap.domain.Examples;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import org.junit.jupiter.api.Test;

class BanenTest {
    private static final RegisterInfo LISTED =
            new RegisterInfo(RegisterStatus.JA, Grondslag.WAJONG, LocalDate.of(2020, 1, 1), null);

    @Test
    void theOfficialExamples() {
        assertEquals(new BigDecimal("0.47"), Banen.banen(12));
        assertEquals(new BigDecimal("1.49"), Banen.banen(38));
        assertEquals(new BigDecimal("1.00"), Banen.banen(25.5));
        assertEquals(new BigDecimal("0.00"), Banen.banen(0));
    }

    @Test
    void roundsHalfUp() {
        // 0.1275 h = 0.005 baan exactly: half-up gives 0.01, half-even would give 0.00
        assertEquals(new BigDecimal("0.01"), Banen.banen(0.1275));
        assertEquals(new BigDecimal("0.00"), Banen.banen(0.127));
        assertThrows(IllegalArgumentException.class, () -> Banen.banen(-1));
    }

    @Property
    void banenAreHoursOverTwentyFiveAndAHalfWithinRounding(@ForAll @DoubleRange(min = 0, max = 60) double hours) {
        BigDecimal banen = Banen.banen(hours);
        assertEquals(2, banen.scale());
        double exact = hours / 25.5;
        assertTrue(Math.abs(banen.doubleValue() - exact) <= 0.005 + 1e-9);
    }

    @Property
    void moreHoursNeverGiveFewerBanen(@ForAll @DoubleRange(min = 0, max = 60) double a,
                                      @ForAll @DoubleRange(min = 0, max = 60) double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        assertTrue(Banen.banen(low).compareTo(Banen.banen(high)) <= 0);
    }

    @Test
    void onlyPaidJobsCount() {
        assertEquals(Optional.of(BaanSoort.DIENSTVERBAND), Banen.classify(PlacementType.DIENSTVERBAND));
        assertEquals(Optional.of(BaanSoort.INLEEN), Banen.classify(PlacementType.DETACHERING));
        assertEquals(Optional.of(BaanSoort.INLEEN), Banen.classify(PlacementType.UITZEND));
        assertFalse(Banen.typeCounts(PlacementType.PROEFPLAATSING));
        assertFalse(Banen.typeCounts(PlacementType.BESCHUT_WERK));
        assertFalse(Banen.typeCounts(PlacementType.LEERWERKPLEK_STAGE));
        assertFalse(Banen.typeCounts(PlacementType.VRIJWILLIGERSWERK));
    }

    @Test
    void onlyPeopleInTheRegisterCount() {
        Placement p = Examples.dienstverband(12);
        LocalDate day = LocalDate.of(2026, 2, 1);
        assertEquals(new BigDecimal("0.47"), Banen.banenOn(LISTED, p, day));
        for (RegisterStatus status : new RegisterStatus[] {RegisterStatus.AANGEVRAAGD, RegisterStatus.NEE,
                RegisterStatus.ONBEKEND}) {
            RegisterInfo notListed = new RegisterInfo(status, null, null, null);
            assertFalse(Banen.counts(notListed, p, day), status.name());
            assertEquals(new BigDecimal("0.00"), Banen.banenOn(notListed, p, day));
        }
    }

    @Test
    void aJobCountsOnlyWhileItRuns() {
        Placement p = Examples.dienstverband(20).endedOn(LocalDate.of(2025, 12, 31),
                PlacementEndReason.CONTRACT_AFGELOPEN, null);
        assertTrue(Banen.counts(LISTED, p, LocalDate.of(2025, 12, 31)));
        assertFalse(Banen.counts(LISTED, p, LocalDate.of(2026, 1, 1)));
        assertFalse(Banen.counts(LISTED, p, LocalDate.of(2024, 12, 31)));
    }

    @Test
    void leaversStayListedUntilTheEndOfTheYearPlusTwo() {
        RegisterInfo left = new RegisterInfo(RegisterStatus.JA, Grondslag.WAJONG, LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 3, 10));
        assertEquals(LocalDate.of(2026, 12, 31), Banen.listedUntil(LocalDate.of(2024, 3, 10)));
        assertTrue(Banen.listedOn(left, LocalDate.of(2026, 12, 31)));
        assertFalse(Banen.listedOn(left, LocalDate.of(2027, 1, 1)));
        assertFalse(Banen.listedOn(left, LocalDate.of(2019, 12, 31)));
    }
}
