package nl.werkmap.domain.retention;

import java.time.LocalDate;

/**
 * What the retention rule needs to know of one candidate, read set-based from the caseload or the hub.
 *
 * @param ended          the candidate's status says the trajectory is over (UITGESTROOMD or UIT_BEELD)
 * @param statusSince    since when that status holds; may be null (then the registration date counts)
 * @param registeredOn   when the candidate was registered
 * @param lastPlacementEnd the latest actual end of a placement; null when none ended
 * @param openPlacement  a placement without an actual end is still running
 * @param uwvFunded      jobcoaching for this candidate was funded by UWV (a placement or toekenning says EXTERN_UWV)
 */
public record TrajectoryFacts(boolean ended, LocalDate statusSince, LocalDate registeredOn,
                              LocalDate lastPlacementEnd, boolean openPlacement, boolean uwvFunded) {
}
