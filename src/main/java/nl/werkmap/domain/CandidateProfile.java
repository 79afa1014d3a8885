package nl.werkmap.domain;

import java.util.List;

/**
 * The candidate's own story as far as it may be shared with an employer (with consent): talents, wishes, what
 * support they need. Never a diagnosis.
 *
 * @param preferredSectors sectors the candidate would like to work in, in order of preference
 * @param hoursAvailable   hours per week the candidate can work, null while unknown
 */
public record CandidateProfile(
        String talents,
        String wishes,
        String supportNeeds,
        List<String> preferredSectors,
        Double hoursAvailable) {

    public static final CandidateProfile EMPTY = new CandidateProfile(null, null, null, List.of(), null);

    public CandidateProfile {
        preferredSectors = copyWithoutNulls(preferredSectors);
        hoursAvailable = Require.nonNegative(hoursAvailable, "hoursAvailable");
    }

    private static List<String> copyWithoutNulls(List<String> list) {
        if (list == null) {
            return List.of();
        }
        for (String s : list) {
            Require.nonNull(s, "preferred sector");
        }
        return List.copyOf(list);
    }
}
