package nl.werkmap.report;

import java.time.LocalDate;

/**
 * One thing due for one candidate. Names are resolved by the caller (screen or werklijst export), never stored
 * here, so a summary cannot pick them up by accident.
 */
public record WorkItem(Kind kind, LocalDate due, String candidateId, String placementId, String coachId,
                       String coachName) {

    public enum Kind { HALFJAARRAPPORTAGE, EINDE_PROEFPLAATSING, LOONWAARDEMETING }

    public boolean overdue(LocalDate today) {
        return due.isBefore(today);
    }
}
