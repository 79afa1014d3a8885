package nl.werkmap.ui.common;

import java.util.UUID;

/** A navigator for view-model tests that goes nowhere and says nothing; a test overrides what it wants to see. */
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
