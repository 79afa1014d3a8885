package nl.werkmap.report.verantwoording;

import java.util.List;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.PlanGoal;

/**
 * The one place that knows how a coachingsplan goal says its half year, planned hours and outcome. The plan
 * helper adds these to plan_goal in parallel (V33: half year, planned hours, gehaald/deels/niet/vervolg nodig);
 * until that is merged, the period is unknown, planned hours are unknown and the outcome follows the goal's
 * status. At the merge only this class changes: read the new fields of {@link PlanGoal} here.
 */
final class GoalOutcomes {

    /** What the documents say about one goal. */
    record GoalLine(PlanGoal goal, String period, Double plannedHours, String outcome, String outcomeCode) {
    }

    /** The coachingsplan holds at most three main goals per half year (Protocol Jobcoach UWV). */
    static final int MAX_GOALS = 3;

    private GoalOutcomes() {
    }

    /** The goals of the half year: open, running or finished goals whose target date is not before it. */
    static List<GoalLine> of(List<PlanGoal> goals, HalfYear period) {
        return goals.stream()
                .filter(g -> g.targetDate() == null || !g.targetDate().isBefore(period.start()))
                .limit(MAX_GOALS)
                .map(g -> new GoalLine(g, null, null, outcome(g), outcomeCode(g)))
                .toList();
    }

    /** The outcome code stored for the goal (the later V33 field; the status stands in for it now). */
    private static String outcomeCode(PlanGoal g) {
        if (g.status() == null) {
            return null;
        }
        return switch (g.status()) {
            case BEREIKT -> "GEHAALD";
            case BEZIG -> "DEELS";
            case GESTOPT -> "NIET";
            case OPEN -> "VERVOLG_NODIG";
        };
    }

    private static String outcome(PlanGoal g) {
        String code = outcomeCode(g);
        if (code == null) {
            return "nog niet beoordeeld";
        }
        return switch (code) {
            case "GEHAALD" -> "gehaald";
            case "DEELS" -> "deels gehaald";
            case "NIET" -> "niet gehaald";
            default -> "vervolg nodig";
        };
    }
}
