package nl.werkmap.domain.validation;

import java.util.List;

import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.WerkmapRules;

/**
 * Checks a placement as entered: type and start required; hours more than 0 and at most 60 a week; end dates not
 * before the start; a proefplaatsing planned for at most 6 months; loonwaarde 0..100%; an ended placement has a
 * reason. The public constants are the field names used in the problems.
 */
public final class PlacementValidator {
    public static final String TYPE = "type";
    public static final String START = "start";
    public static final String PLANNED_END = "plannedEnd";
    public static final String ACTUAL_END = "actualEnd";
    public static final String END_REASON = "endReason";
    public static final String HOURS_PER_WEEK = "hoursPerWeek";
    public static final String LOONWAARDE_PCT = "loonwaardePct";

    private PlacementValidator() {
    }

    public static List<ValidationProblem> validate(Placement placement) {
        Problems problems = new Problems();
        problems.require(TYPE, placement.type());
        problems.require(START, placement.start());
        double hours = placement.hoursPerWeek();
        if (hours <= 0 || hours > WerkmapRules.MAX_HOURS_PER_WEEK) {
            problems.add(HOURS_PER_WEEK, ValidationMessage.PLACEMENT_HOURS_RANGE);
        }
        if (placement.start() != null) {
            if (placement.plannedEnd() != null && placement.plannedEnd().isBefore(placement.start())) {
                problems.add(PLANNED_END, ValidationMessage.PLACEMENT_PLANNED_END_BEFORE_START);
            } else if (placement.type() == PlacementType.PROEFPLAATSING && placement.plannedEnd() != null
                    && placement.plannedEnd().isAfter(ProefplaatsingCheck.maximumEnd(placement.start()))) {
                problems.add(PLANNED_END, ValidationMessage.PROEFPLAATSING_TOO_LONG);
            }
            if (placement.actualEnd() != null && placement.actualEnd().isBefore(placement.start())) {
                problems.add(ACTUAL_END, ValidationMessage.PLACEMENT_ACTUAL_END_BEFORE_START);
            }
        }
        if (placement.actualEnd() != null && placement.endReason() == null) {
            problems.add(END_REASON, ValidationMessage.PLACEMENT_END_REASON_REQUIRED);
        }
        Integer loonwaarde = placement.loonwaardePct();
        if (loonwaarde != null
                && (loonwaarde < WerkmapRules.LOONWAARDE_MIN_PCT || loonwaarde > WerkmapRules.LOONWAARDE_MAX_PCT)) {
            problems.add(LOONWAARDE_PCT, ValidationMessage.LOONWAARDE_RANGE);
        }
        return problems.toList();
    }
}
