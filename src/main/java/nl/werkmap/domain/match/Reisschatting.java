package nl.werkmap.domain.match;

import java.util.Objects;

import nl.werkmap.domain.profile.Vervoer;

/**
 * An estimated one-way journey and what it was estimated from, so the reason can say it: "ongeveer 25 minuten met
 * de fiets, geschat uit de postcodes".
 *
 * @param minutes the estimate, rounded up to whole minutes
 * @param mode    the way of travelling it was computed for; null when the profile names none (then by bike)
 * @param basis   whether both ends were found by postcode, or a place name had to stand in
 */
public record Reisschatting(int minutes, Vervoer mode, Basis basis) {

    /** What the two ends of the journey were located by. */
    public enum Basis {
        /** Both ends by their postcode area (PC4) in the shipped table. */
        POSTCODE,
        /** At least one end by its place name, because its postcode was missing or not in the table. */
        PLAATS
    }

    public Reisschatting {
        Objects.requireNonNull(basis);
        if (minutes < 0) {
            throw new IllegalArgumentException("A journey takes no negative time: " + minutes);
        }
    }
}
