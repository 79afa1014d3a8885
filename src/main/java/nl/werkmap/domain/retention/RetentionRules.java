package nl.werkmap.domain.retention;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a candidate's file must go. Source: JOBCOACHING.md §3 (VNG Selectielijst: re-integration files are kept a
 * number of years after the trajectory ends, typically 5; UWV jobcoaching at most 10; configurable per municipality).
 *
 * <p><b>End of the trajectory</b>: the candidate's status is UITGESTROOMD or UIT_BEELD, and no placement is still
 * running; the end is then the later of the day that status began and the last actual end of a placement (a
 * placement that ended after the status was set still belonged to the trajectory). A candidate in any other status,
 * or with a running placement, is still in trajectory and has no retention date yet.
 *
 * <p><b>Retention date</b>: the end plus the policy's years (for UWV-funded jobcoaching its UWV years, never more
 * than 10). The file is due for erasure on that day.
 */
public final class RetentionRules {

    private RetentionRules() {
    }

    /** The day the trajectory ended; empty while it runs. */
    public static Optional<LocalDate> trajectoryEnd(TrajectoryFacts facts) {
        if (!facts.ended() || facts.openPlacement()) {
            return Optional.empty();
        }
        LocalDate statusDay = facts.statusSince() != null ? facts.statusSince() : facts.registeredOn();
        LocalDate end = statusDay;
        if (facts.lastPlacementEnd() != null && (end == null || facts.lastPlacementEnd().isAfter(end))) {
            end = facts.lastPlacementEnd();
        }
        return Optional.ofNullable(end);
    }

    /** How many years this candidate's file is kept after the trajectory under {@code policy}. */
    public static int years(TrajectoryFacts facts, RetentionPolicy policy) {
        return facts.uwvFunded() ? Math.min(policy.uwvYears(), RetentionPolicy.UWV_MAXIMUM) : policy.years();
    }

    /** The day the file is due for erasure; empty while the trajectory runs. */
    public static Optional<LocalDate> retentionDate(TrajectoryFacts facts, RetentionPolicy policy) {
        return trajectoryEnd(facts).map(end -> end.plusYears(years(facts, policy)));
    }

    /** Whether the file is due for erasure on {@code today}. */
    public static boolean due(TrajectoryFacts facts, RetentionPolicy policy, LocalDate today) {
        return retentionDate(facts, policy).map(date -> !date.isAfter(today)).orElse(false);
    }
}
