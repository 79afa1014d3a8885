package nl.werkmap.domain.match;

import java.util.Set;

import nl.werkmap.domain.match.PostcodeGebieden.Punt;
import nl.werkmap.domain.profile.Vervoer;

/**
 * Travel minutes for a verdict, with each journey end located once instead of once per pair. With the shipped
 * {@link PostcodeReistijd} an end is located in the postcode table when a candidate or baankans is prepared, and a
 * pair costs one distance; any other {@link Reistijd} (a test's table) is asked per pair, as the full path does.
 */
final class Reisrekenaar {

    private final Reistijd reistijd;
    private final PostcodeReistijd postcodes;

    Reisrekenaar(Reistijd reistijd) {
        this.reistijd = reistijd;
        this.postcodes = reistijd instanceof PostcodeReistijd p ? p : null;
    }

    /** The end as the estimate needs it; null when it cannot be located (then the travel time is unknown). */
    Object locate(Reispunt p) {
        return postcodes == null ? p : postcodes.locate(p);
    }

    /** The estimated minutes, the same number {@link Reistijd#schat} gives; -1 when there is no estimate. */
    int minutes(Object from, Object to, Set<Vervoer> modes, Vervoer[] modesInOrder) {
        if (from == null || to == null) {
            return -1;
        }
        if (postcodes == null) {
            return reistijd.schat((Reispunt) from, (Reispunt) to, modes).map(Reisschatting::minutes).orElse(-1);
        }
        return postcodes.minutes((Punt) from, (Punt) to, modesInOrder);
    }
}
