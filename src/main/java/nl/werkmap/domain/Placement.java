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
 * @param loonwaardePct           the latest measured loonwaarde (see {@link LoonwaardeMeasurement}), a summary
 * @param loonwaardeNextOn        when the latest measurement said to measure again; null: the default interval
 * @param followsPlacementId      the proefplaatsing this placement followed (a contract after a trial), or null
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
        Double hoursGrantedPerHalfYear,
        LocalDate loonwaardeNextOn,
        UUID followsPlacementId) {

    public Placement {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(employerId, "employerId");
        Require.nonNegative(hoursPerWeek, "hoursPerWeek");
        contractSequence = Require.nonNegative(contractSequence, "contractSequence");
        hoursGrantedPerHalfYear = Require.nonNegative(hoursGrantedPerHalfYear, "hoursGrantedPerHalfYear");
    }

    /** A placement that follows no other and has no next loonwaarde date (the shape before placements lived on). */
    public Placement(UUID id, UUID candidateId, UUID employerId, String jobTitle, PlacementType type, LocalDate start,
                     LocalDate plannedEnd, LocalDate actualEnd, PlacementEndReason endReason, String endNote,
                     double hoursPerWeek, boolean jobcarving, String carvedTasks, Integer loonwaardePct,
                     LocalDate loonwaardeMeasuredOn, boolean loonkostensubsidie, boolean noRiskPolis,
                     Integer contractSequence, JobcoachType jobcoachType, JobcoachRegime jobcoachRegime,
                     Double hoursGrantedPerHalfYear) {
        this(id, candidateId, employerId, jobTitle, type, start, plannedEnd, actualEnd, endReason, endNote,
                hoursPerWeek, jobcarving, carvedTasks, loonwaardePct, loonwaardeMeasuredOn, loonkostensubsidie,
                noRiskPolis, contractSequence, jobcoachType, jobcoachRegime, hoursGrantedPerHalfYear, null, null);
    }

    /** Whether the placement runs on the given day: on or after the start, up to and including the actual end. */
    public boolean isActiveOn(LocalDate day) {
        return start != null && !day.isBefore(start) && (actualEnd == null || !day.isAfter(actualEnd));
    }

    public Placement endedOn(LocalDate day, PlacementEndReason reason, String note) {
        return new Placement(id, candidateId, employerId, jobTitle, type, start, plannedEnd, day, reason, note,
                hoursPerWeek, jobcarving, carvedTasks, loonwaardePct, loonwaardeMeasuredOn, loonkostensubsidie,
                noRiskPolis, contractSequence, jobcoachType, jobcoachRegime, hoursGrantedPerHalfYear,
                loonwaardeNextOn, followsPlacementId);
    }

    /** Whether the placement has been closed (an actual end is recorded). */
    public boolean isEnded() {
        return actualEnd != null;
    }

    /** The same placement with a later (or earlier) planned end: an extension of a trial or a contract. */
    public Placement extendedTo(LocalDate newPlannedEnd) {
        return new Placement(id, candidateId, employerId, jobTitle, type, start, newPlannedEnd, actualEnd, endReason,
                endNote, hoursPerWeek, jobcarving, carvedTasks, loonwaardePct, loonwaardeMeasuredOn,
                loonkostensubsidie, noRiskPolis, contractSequence, jobcoachType, jobcoachRegime,
                hoursGrantedPerHalfYear, loonwaardeNextOn, followsPlacementId);
    }

    /** The basic facts as edited on the placement form; the rest (end, loonwaarde, link) stays as it was. */
    public Placement editedTo(String newJobTitle, PlacementType newType, LocalDate newStart, LocalDate newPlannedEnd,
                              double newHoursPerWeek) {
        return new Placement(id, candidateId, employerId, newJobTitle, newType, newStart, newPlannedEnd, actualEnd,
                endReason, endNote, newHoursPerWeek, jobcarving, carvedTasks, loonwaardePct, loonwaardeMeasuredOn,
                loonkostensubsidie, noRiskPolis, contractSequence, jobcoachType, jobcoachRegime,
                hoursGrantedPerHalfYear, loonwaardeNextOn, followsPlacementId);
    }

    /** The placement's loonwaarde summary taken from its newest measurement. */
    public Placement withLatestLoonwaarde(LoonwaardeMeasurement latest) {
        return new Placement(id, candidateId, employerId, jobTitle, type, start, plannedEnd, actualEnd, endReason,
                endNote, hoursPerWeek, jobcarving, carvedTasks, latest.loonwaardePct(), latest.measuredOn(),
                latest.loonkostensubsidie(), noRiskPolis, contractSequence, jobcoachType, jobcoachRegime,
                hoursGrantedPerHalfYear, latest.nextMeasurement(), followsPlacementId);
    }

    /**
     * The dienstverband that follows this proefplaatsing at the same employer: a new record (so the trial keeps its
     * own history) that points back at it, with the job, hours, jobcoach facts and latest loonwaarde carried over.
     */
    public Placement contractAfter(UUID newId, LocalDate contractStart, LocalDate contractEnd, double hours) {
        return new Placement(newId, candidateId, employerId, jobTitle, PlacementType.DIENSTVERBAND, contractStart,
                contractEnd, null, null, null, hours, jobcarving, carvedTasks, loonwaardePct, loonwaardeMeasuredOn,
                loonkostensubsidie, noRiskPolis, contractSequence, jobcoachType, jobcoachRegime,
                hoursGrantedPerHalfYear, loonwaardeNextOn, id);
    }
}
