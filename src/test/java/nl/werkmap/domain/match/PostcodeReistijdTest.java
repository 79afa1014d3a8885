package nl.werkmap.domain.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.profile.Vervoer;

/** Travel estimates on the shipped PC4 table: known pairs, the place standing in, and nothing to go on. */
class PostcodeReistijdTest {

    private final PostcodeReistijd reistijd = PostcodeReistijd.shipped();
    private final PostcodeGebieden table = PostcodeGebieden.shipped();

    @Test
    void theShippedTableCoversTheCountry() {
        assertTrue(table.size() > 4000, "about 4,000 PC4 areas, got " + table.size());
        assertTrue(table.pc4("9711").isPresent(), "Groningen centre");
        assertTrue(table.pc4("6211").isPresent(), "Maastricht centre");
        assertTrue(table.pc4("0000").isEmpty());
        assertTrue(table.pc4("3600").isEmpty(), "a PO-box range: the fallback tests below use it");
    }

    @Test
    void amsterdamCentreToUtrechtCentreIsAboutThirtyFiveKilometres() {
        double km = PostcodeReistijd.kilometres(table.pc4("1011").orElseThrow(), table.pc4("3511").orElseThrow());
        assertTrue(km > 33 && km < 37, "straight line Amsterdam 1011 - Utrecht 3511: " + km);
        double groningenMaastricht = PostcodeReistijd.kilometres(table.pc4("9711").orElseThrow(),
                table.pc4("6211").orElseThrow());
        assertTrue(groningenMaastricht > 260 && groningenMaastricht < 280, "Groningen - Maastricht: " + groningenMaastricht);
    }

    @Test
    void neighbouringAreasByBikeAreAFewMinutes() {
        // 3511 and 3512 are both Utrecht's centre: under a kilometre apart, so the one-kilometre floor counts.
        Reisschatting s = reistijd.schat(new Reispunt("3511 AB", null), new Reispunt("3512AA", null),
                Set.of(Vervoer.FIETS)).orElseThrow();
        assertEquals(new Reisschatting(6, Vervoer.FIETS, Reisschatting.Basis.POSTCODE), s);
    }

    @Test
    void theFastestOwnWayOfTravellingCounts() {
        Reispunt amsterdam = new Reispunt("1011 AB", null);
        Reispunt utrecht = new Reispunt("3511 CD", null);
        Reisschatting bike = reistijd.schat(amsterdam, utrecht, Set.of(Vervoer.FIETS)).orElseThrow();
        Reisschatting both = reistijd.schat(amsterdam, utrecht, Set.of(Vervoer.FIETS, Vervoer.OV)).orElseThrow();
        assertEquals(Vervoer.OV, both.mode());
        assertTrue(both.minutes() < bike.minutes(), both + " against " + bike);
        // 34.6 km x 1.3 = 45 km of road: by bike at 14 km/h some 3 hours 13, by bus and train at 30 km/h + 10 min.
        assertTrue(bike.minutes() > 180 && bike.minutes() < 205, bike.toString());
        assertTrue(both.minutes() > 95 && both.minutes() < 105, both.toString());
    }

    @Test
    void noWayOfTravellingKnownIsCountedByBikeAndSaysSo() {
        Reisschatting s = reistijd.schat(new Reispunt("3511 AB", null), new Reispunt("3512 AA", null), Set.of())
                .orElseThrow();
        assertEquals(null, s.mode(), "the reason must say the way of travelling is not known");
        assertEquals(6, s.minutes());
    }

    @Test
    void anUnknownPostcodeFallsBackToThePlaceAndSaysSo() {
        Reisschatting s = reistijd.schat(new Reispunt("3600 ZZ", "Utrecht"), new Reispunt("3512 AA", "Utrecht"),
                Set.of(Vervoer.FIETS)).orElseThrow();
        assertEquals(Reisschatting.Basis.PLAATS, s.basis());
        Reisschatting noPostcode = reistijd.schat(new Reispunt(null, " amsterdam "), new Reispunt("1011 AB", null),
                Set.of(Vervoer.AUTO)).orElseThrow();
        assertEquals(Reisschatting.Basis.PLAATS, noPostcode.basis());
        assertTrue(noPostcode.minutes() < 20, "inside Amsterdam by car: " + noPostcode);
    }

    @Test
    void nothingToGoOnGivesNoEstimate() {
        assertEquals(Optional.empty(), reistijd.schat(new Reispunt("3600 ZZ", "Atlantis"), new Reispunt("3512 AA", null),
                Set.of(Vervoer.FIETS)));
        assertEquals(Optional.empty(), reistijd.schat(new Reispunt(null, null), new Reispunt(null, null), Set.of()));
    }
}
