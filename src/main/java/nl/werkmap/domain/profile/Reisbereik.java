package nl.werkmap.domain.profile;

import java.util.Set;

/**
 * How far and how someone can travel to work.
 *
 * @param postcode       where the journey starts (usually home), "1234 AB"; sealed in the store, like an address
 * @param maxMinutes     the longest one-way journey they can manage, null while unknown
 * @param modes          how they can travel on their own
 * @param drivingLicence true or false once known, null while unknown (an employer asks this first)
 */
public record Reisbereik(String postcode, Integer maxMinutes, Set<Vervoer> modes, Boolean drivingLicence) {

    /** The longest journey Werkmap accepts: beyond four hours one way, the number is a typing error. */
    public static final int MAX_MINUTES = 240;

    public static final Reisbereik UNKNOWN = new Reisbereik(null, null, Set.of(), null);

    public Reisbereik {
        modes = EnumSets.frozen(modes);
    }

    /** Travel is known once the longest journey is known and there is a place or a way to travel from. */
    public boolean known() {
        return maxMinutes != null && (postcode != null || !modes.isEmpty());
    }
}
