package nl.werkmap.domain.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;

/**
 * Watches running proefplaatsingen: one that ends soon needs a decision about a contract, one that runs past six
 * months is no longer a proefplaatsing.
 */
public final class ProefplaatsingCheck {
    private ProefplaatsingCheck() {
    }

    /** Warnings with the default warning period of {@link WerkmapRules#PROEFPLAATSING_WARNING_DAYS} days. */
    public static Set<ProefplaatsingWarning> check(Placement placement, LocalDate today) {
        return check(placement, today, WerkmapRules.PROEFPLAATSING_WARNING_DAYS);
    }

    /** Warnings for a proefplaatsing that is still running on {@code today}; empty for other placements. */
    public static Set<ProefplaatsingWarning> check(Placement placement, LocalDate today, int warningDays) {
        EnumSet<ProefplaatsingWarning> result = EnumSet.noneOf(ProefplaatsingWarning.class);
        if (placement.type() != PlacementType.PROEFPLAATSING || placement.start() == null
                || placement.actualEnd() != null || today.isBefore(placement.start())) {
            return result;
        }
        LocalDate maxEnd = maximumEnd(placement.start());
        LocalDate plannedEnd = placement.plannedEnd();
        if (plannedEnd != null) {
            if (plannedEnd.isBefore(today)) {
                result.add(ProefplaatsingWarning.EINDDATUM_VERSTREKEN);
            } else if (!plannedEnd.isAfter(today.plusDays(warningDays))) {
                result.add(ProefplaatsingWarning.EINDIGT_BINNENKORT);
            }
        }
        if ((plannedEnd != null && plannedEnd.isAfter(maxEnd)) || today.isAfter(maxEnd)) {
            result.add(ProefplaatsingWarning.LANGER_DAN_MAXIMUM);
        }
        return result;
    }

    /** The last day a proefplaatsing that started on {@code start} may run: 1 January gives 30 June. */
    public static LocalDate maximumEnd(LocalDate start) {
        return start.plusMonths(WerkmapRules.PROEFPLAATSING_MAX_MONTHS).minusDays(1);
    }
}
