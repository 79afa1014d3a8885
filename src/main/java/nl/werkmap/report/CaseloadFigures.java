package nl.werkmap.report;

import java.util.List;

/**
 * Caseload size per coach against the coach's target, and how the caseload is made up. Statuses are the current
 * ones (the schema keeps no status history), so "by status" describes the caseload as it stands now.
 */
public record CaseloadFigures(List<CoachCaseload> perCoach, CrossTally byStatus, CrossTally registerByGrondslag,
                              long newIntakes, CrossTally outflowByDestination) {

    /** One coach's caseload: active candidates, the target (default 50), intakes and outflow in the period. */
    public record CoachCaseload(String coachId, String coachName, long active, int target, long newIntakes,
                                long outflow) {
    }

    public long active() {
        return perCoach.stream().mapToLong(CoachCaseload::active).sum();
    }

    public long outflow() {
        return outflowByDestination.total();
    }
}
