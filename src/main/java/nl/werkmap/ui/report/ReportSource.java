package nl.werkmap.ui.report;

import java.util.List;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.WorkItem;

/** Where the Rapportage screen gets its figures; every method is called off the FX thread. */
public interface ReportSource {

    TeamSummary compute(ReportPeriod period, ReportScope scope);

    List<WorkItem> workList(ReportScope scope);

    /** The scopes this device can report on: everything, each team, each coach. */
    List<ScopeChoice> scopes();

    /** The candidate's name for the werklijst on screen (opens a sealed field). */
    String candidateName(String candidateId);

    /** A scope with the words the picker shows. */
    record ScopeChoice(String label, ReportScope scope) {
        @Override
        public String toString() {
            return label;
        }
    }
}
