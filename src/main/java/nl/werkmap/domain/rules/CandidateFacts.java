package nl.werkmap.domain.rules;

import java.time.LocalDate;

/**
 * What the completeness and contact rules need to know about a candidate beyond the candidate record itself; the
 * store gathers these with a few aggregate queries so the rules stay pure.
 *
 * @param lastLadderMeasuredOn  date of the latest participatieladder measurement, null if none
 * @param profileConsent        the latest decision on sharing the profile with employers: true given, false refused,
 *                              null never asked
 * @param lastContactOn         date of the latest coaching session, null if never seen
 */
public record CandidateFacts(LocalDate lastLadderMeasuredOn, Boolean profileConsent, LocalDate lastContactOn) {
    public static final CandidateFacts NONE = new CandidateFacts(null, null, null);
}
