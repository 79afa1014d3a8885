package nl.werkmap.ui.report;

import java.util.List;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.TrendFigures;
import nl.werkmap.report.WorkList;

/** Where the Rapportage screen gets its figures; every method is called off the FX thread. */
public interface ReportSource {

    TeamSummary compute(ReportPeriod period, ReportScope scope);

    /** The named werklijst: overdue (up to a year) and due in the next 30 days. */
    WorkList workList(ReportScope scope);

    /** Month-end counts for the line chart, over the period's months (at least the last twelve). */
    TrendFigures trend(ReportPeriod period, ReportScope scope);

    /** The scopes this device can report on: everything, each team, each coach. */
    List<ScopeChoice> scopes();

    /** The candidate's name for the werklijst on screen (opens a sealed field). */
    String candidateName(String candidateId);

    /**
     * Writes an export of these candidates' data to the access log (avglog, issue 16); off the FX thread. A source
     * without a caseload (tests, previews) logs nothing.
     */
    default void logExport(List<String> candidateIds, String object, String detail) {
    }

    /** A scope with the words the picker shows. */
    record ScopeChoice(String label, ReportScope scope) {
        @Override
        public String toString() {
            return label;
        }
    }
}
