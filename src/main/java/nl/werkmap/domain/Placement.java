package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate's job, trial or work-experience place at an employer, with what matters for the banenafspraak (type,
 * hours), for the employer's subsidies (loonwaarde, loonkostensubsidie, no-riskpolis) and for UWV jobcoach hours.
 *
 * @param plannedEnd              last day of the contract or trial, null for an open-ended contract
 * @param actualEnd               last day the placement really ran, null while it runs
 * @param jobcarving              whether the job was carved out of existing tasks
 * @param carvedTasks             which tasks were carved out, free text
 * @param loonwaardePct           measured productivity as a percentage of the minimum wage
 * @param contractSequence        1, 2, 3 for successive contracts in a municipal pathway; null if not applicable
 * @param hoursGrantedPerHalfYear jobcoach hours UWV or the municipality granted per half year
 */
public record Placement(
        UUID id,
        UUID candidateId,
        UUID employerId,
        String jobTitle,
        PlacementType type,
        LocalDate start,
        LocalDate plannedEnd,
        LocalDate actualEnd,
        PlacementEndReason endReason,
        String endNote,
        double hoursPerWeek,
        boolean jobcarving,
        String carvedTasks,
        Integer loonwaardePct,
        LocalDate loonwaardeMeasuredOn,
        boolean loonkostensubsidie,
        boolean noRiskPolis,
        Integer contractSequence,
        JobcoachType jobcoachType,
        JobcoachRegime jobcoachRegime,
        Double hoursGrantedPerHalfYear) {

    public Placement {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(employerId, "employerId");
        Require.nonNegative(hoursPerWeek, "hoursPerWeek");
        contractSequence = Require.nonNegative(contractSequence, "contractSequence");
        hoursGrantedPerHalfYear = Require.nonNegative(hoursGrantedPerHalfYear, "hoursGrantedPerHalfYear");
    }

    /** Whether the placement runs on the given day: on or after the start, up to and including the actual end. */
    public boolean isActiveOn(LocalDate day) {
        return start != null && !day.isBefore(start) && (actualEnd == null || !day.isAfter(actualEnd));
    }

    public Placement endedOn(LocalDate day, PlacementEndReason reason, String note) {
        return new Placement(id, candidateId, employerId, jobTitle, type, start, plannedEnd, day, reason, note,
                hoursPerWeek, jobcarving, carvedTasks, loonwaardePct, loonwaardeMeasuredOn, loonkostensubsidie,
                noRiskPolis, contractSequence, jobcoachType, jobcoachRegime, hoursGrantedPerHalfYear);
    }
}
