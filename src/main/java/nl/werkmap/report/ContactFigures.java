package nl.werkmap.report;

import java.util.List;

/**
 * Contact per coach: sessions in the period, people out of view (no contact for more than six weeks before the
 * peildatum) and how complete the plain candidate data is.
 */
public record ContactFigures(int outOfViewDays, List<CoachContact> perCoach) {

    /**
     * @param completeness mean share (0..1) of the completeness fields that are filled in, over active candidates
     * @param complete     active candidates with every completeness field filled in
     */
    public record CoachContact(String coachId, String coachName, long active, long sessions,
                               long withoutSessionInPeriod, long outOfView, double completeness, long complete) {
    }
}
