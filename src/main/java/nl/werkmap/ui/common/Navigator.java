package nl.werkmap.ui.common;

import java.util.UUID;

/** What any screen may ask of the main window: go somewhere, start a flow, lock, or say something in the status bar. */
public interface Navigator {

    void showCaseload();

    void showAgenda();

    void showEmployers();

    /** The Baankansen screen: openings at employers and who fits them (issue 15). */
    default void showBaankansen() {
    }

    /** The Baankansen screen with this candidate's open baankansen ranked. */
    default void showBaankansenFor(UUID candidateId) {
        showBaankansen();
    }

    /** The Rapportage screen: team figures, werklijst and exports. */
    void showReport();

    void openCandidate(UUID candidateId);

    void newCandidate();

    /** Opens "Sessie vastleggen", preselecting {@code candidateId} when it is not null. */
    void logSession(UUID candidateId);

    void lockNow();

    /** A short message in the status bar, e.g. "Opgeslagen". */
    void status(String text);

    /** Tells screens that shared data changed (a save elsewhere), so lists reload. */
    void caseloadChanged();

    /**
     * One candidate's records changed (a save, a delete, a new candidate): that candidate's list row and open page
     * are read again, not the whole caseload.
     */
    default void candidateChanged(UUID candidateId) {
        caseloadChanged();
    }
}
