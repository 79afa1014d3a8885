package nl.werkmap.domain.profile;

import java.time.LocalDate;

import nl.werkmap.domain.CandidateStatus;

/**
 * Issue 15, item 2: a VSO or PrO pupil or leaver still in the caseload with neither a werknemersprofiel nor a
 * conversation that took place. Nobody has started with this young person, so no profile can be matched and the
 * school-to-work handover is at risk; the caseload list shows it as a warning, the team summary counts it per coach.
 * One rule for both, so the list and the summary never disagree on who is flagged.
 */
public final class SchoolverlaterCheck {

    /** The caseload list's warning key (a message in the bundles, like the contact and proefplaatsing warnings). */
    public static final String WARNING_KEY = "profiel.warning.schoolverlaterNietGestart";

    private SchoolverlaterCheck() {
    }

    /**
     * @param vsoOrPro     the candidate has a school type (VSO or PrO)
     * @param hasProfile   a werknemersprofiel that is not deleted exists
     * @param lastContact  the latest conversation that took place up to today, or null if none
     */
    public static boolean notStarted(CandidateStatus status, boolean vsoOrPro, boolean hasProfile,
                                     LocalDate lastContact) {
        return vsoOrPro && status != CandidateStatus.UITGESTROOMD && !hasProfile && lastContact == null;
    }
}
