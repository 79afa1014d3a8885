package nl.werkmap.domain.match;

import java.util.Set;

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

    /** The road distance beyond which a journey surely takes more than {@code minutes}; infinite without a table. */
    double farRoadKm(double minutes, Vervoer[] modesInOrder) {
        return postcodes == null ? Double.POSITIVE_INFINITY : PostcodeReistijd.roadKmBeyond(minutes, modesInOrder);
    }

    /**
     * Room for one baankans's road distance to each point located so far (not yet worked out: NaN); null for an
     * estimate other than the postcode table.
     */
    double[] newDistances() {
        if (postcodes == null) {
            return null;
        }
        double[] km = new double[postcodes.plekCount()];
        java.util.Arrays.fill(km, Double.NaN);
        return km;
    }

    /**
     * The estimated minutes, the same number {@link Reistijd#schat} gives; -1 when there is no estimate. With the
     * postcode table the distance to the baankans ({@code to}) is kept per point in {@code distances}: many
     * candidates share a postcode area. Two threads may work out the same point at once; both write the same value.
     */
    int minutes(Object from, Object to, double[] distances, Set<Vervoer> modes, Vervoer[] modesInOrder) {
        return minutes(from, to, distances, modes, modesInOrder, Double.POSITIVE_INFINITY);
    }

    /**
     * As above, except that a journey surely longer than {@code farRoadKm} (see {@link #farRoadKm}) may be answered
     * with {@link Integer#MAX_VALUE}: with the postcode table, a cheap lower bound on the distance settles most
     * far-away pairs without working out the distance or the minutes.
     */
    int minutes(Object from, Object to, double[] distances, Set<Vervoer> modes, Vervoer[] modesInOrder,
                double farRoadKm) {
        if (from == null || to == null) {
            return -1;
        }
        if (postcodes == null) {
            return reistijd.schat((Reispunt) from, (Reispunt) to, modes).map(Reisschatting::minutes).orElse(-1);
        }
        PostcodeReistijd.Plek van = (PostcodeReistijd.Plek) from;
        PostcodeReistijd.Plek naar = (PostcodeReistijd.Plek) to;
        if (distances == null || van.index() >= distances.length) {
            return postcodes.minutes(van.punt(), naar.punt(), modesInOrder);
        }
        double km = distances[van.index()];
        if (Double.isNaN(km)) {
            if (PostcodeReistijd.roadKm(PostcodeReistijd.kilometresAtLeast(van, naar)) > farRoadKm) {
                return Integer.MAX_VALUE;
            }
            km = PostcodeReistijd.roadKm(van.punt(), naar.punt());
            distances[van.index()] = km;
        }
        return PostcodeReistijd.minutes(km, modesInOrder);
    }
}
