package nl.werkmap.report.verantwoording;

import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.PlanGoal;

/**
 * The one place that knows how a coachingsplan goal says its half year, planned hours and outcome (plan_goal, V33).
 * A goal planned for this placement and half year belongs to its coachingsplan. Goals written before the
 * coachingsplan existed carry no half year: when a placement's half year has none planned, those older goals stand
 * in (target date not before the half year), and their status stands in for the outcome.
 */
final class GoalOutcomes {

    /** What the documents say about one goal. */
    record GoalLine(PlanGoal goal, String period, Double plannedHours, String outcome, String outcomeCode) {
    }

    /** The coachingsplan holds at most three main goals per half year (Protocol Jobcoach UWV). */
    static final int MAX_GOALS = 3;

    private GoalOutcomes() {
    }

    /** The goals of this placement's coachingsplan for the half year, or the older undated goals standing in. */
    static List<GoalLine> of(List<PlanGoal> goals, UUID placementId, HalfYear period) {
        List<PlanGoal> planned = goals.stream()
                .filter(g -> period.equals(g.period()))
                .filter(g -> g.placementId() == null || g.placementId().equals(placementId))
                .limit(MAX_GOALS).toList();
        if (!planned.isEmpty()) {
            return planned.stream().map(g -> new GoalLine(g, period.toString(), g.plannedHours(),
                    outcome(outcomeCode(g)), outcomeCode(g))).toList();
        }
        return goals.stream()
                .filter(g -> g.period() == null)
                .filter(g -> g.targetDate() == null || !g.targetDate().isBefore(period.start()))
                .limit(MAX_GOALS)
                .map(g -> new GoalLine(g, null, null, outcome(outcomeCode(g)), outcomeCode(g)))
                .toList();
    }

    /** The outcome recorded at the end of the half year; for an older goal without one, its status. */
    private static String outcomeCode(PlanGoal g) {
        if (g.outcome() != null) {
            return g.outcome().name();
        }
        if (g.period() != null || g.status() == null) {
            return null;
        }
        return switch (g.status()) {
            case BEREIKT -> "GEHAALD";
            case BEZIG -> "DEELS";
            case GESTOPT -> "NIET";
            case OPEN -> "VERVOLG_NODIG";
        };
    }

    private static String outcome(String code) {
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
