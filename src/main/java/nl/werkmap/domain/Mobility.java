package nl.werkmap.domain;

/**
 * How the candidate can get to work; decides which employers are within reach.
 *
 * @param maxTravelMinutes the longest one-way journey the candidate can manage, null while unknown
 */
public record Mobility(
        boolean drivingLicence,
        boolean car,
        boolean publicTransport,
        boolean bicycle,
        Integer maxTravelMinutes) {

    public static final Mobility UNKNOWN = new Mobility(false, false, false, false, null);

    public Mobility {
        maxTravelMinutes = Require.nonNegative(maxTravelMinutes, "maxTravelMinutes");
    }
}
