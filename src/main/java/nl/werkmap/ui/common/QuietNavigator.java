package nl.werkmap.ui.common;

import java.util.UUID;

/**
 * A navigator that goes nowhere and says nothing: for screens nobody sees (built ahead before the unlock) and for
 * view-model tests, which override what they want to see.
 */
public class QuietNavigator implements Navigator {
    @Override public void showCaseload() { }
    @Override public void showAgenda() { }
    @Override public void showEmployers() { }
    @Override public void showReport() { }
    @Override public void openCandidate(UUID candidateId) { }
    @Override public void newCandidate() { }
    @Override public void logSession(UUID candidateId) { }
    @Override public void lockNow() { }
    @Override public void status(String text) { }
    @Override public void caseloadChanged() { }
}
