package nl.werkmap.report;

import java.time.LocalDate;

/**
 * One thing due for one candidate. Names are resolved by the caller (screen or werklijst export), never stored
 * here, so a summary cannot pick them up by accident.
 */
public record WorkItem(Kind kind, LocalDate due, String candidateId, String placementId, String coachId,
                       String coachName) {

    /**
     * What is due. The first three are counted in the team summary too; the jobcoach trajectory's deadlines after
     * them (issue 14, {@link nl.werkmap.domain.rules.JobcoachDeadlines}) are on the werklijst and in the week view.
     */
    public enum Kind { HALFJAARRAPPORTAGE, EINDE_PROEFPLAATSING, LOONWAARDEMETING,
        AANVRAAG, EINDE_DIENSTBETREKKING, WIJZIGING, VERANTWOORDINGSRAPPORTAGE, VERVOLGAANVRAAG, LANGDURIGE_MOTIVATIE,
        UREN_INVOEREN }

    public boolean overdue(LocalDate today) {
        return due.isBefore(today);
    }
}
