package nl.werkmap.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.LoonwaardeValidator;
import nl.werkmap.domain.validation.PlacementValidator;
import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.StoreException;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.repo.EmployerContactMapping;
import nl.werkmap.store.repo.LoonwaardeMapping;
import nl.werkmap.store.repo.PlacementMapping;
import nl.werkmap.store.repo.RecordTransaction;

/**
 * A placement through its life: edit, extend, end with a reason, turn a proefplaatsing into a dienstverband, and
 * record a loonwaarde. Each is one transaction that reads the stored placement, applies the domain's rules to the
 * result (refused with {@link RefusedException}, nothing written), and writes every record it changes.
 */
public final class PlacementService {

    /** What turning a proefplaatsing into a contract left: the ended trial and the new dienstverband. */
    public record Conversion(Placement trial, Placement contract) {
    }

    private final Supplier<CaseloadStore> store;
    private final WriteStep step;

    public PlacementService(Supplier<CaseloadStore> store) {
        this(store, WriteStep.NONE);
    }

    PlacementService(Supplier<CaseloadStore> store, WriteStep step) {
        this.store = store;
        this.step = step;
    }

    /** Stores the placement's edited basic facts (job, type, start, planned end, hours); the rest stays. */
    public Placement edit(UUID id, String jobTitle, PlacementType type, LocalDate start, LocalDate plannedEnd,
                          double hoursPerWeek) {
        return store.get().inTransaction(tx -> {
            Placement edited = stored(tx, id).editedTo(jobTitle, type, start, plannedEnd, hoursPerWeek);
            RefusedException.throwIfAny(PlacementValidator.validate(edited));
            save(tx, edited);
            return edited;
        });
    }

    /** Gives a running placement a new planned end; a proefplaatsing still runs at most six months. */
    public Placement extend(UUID id, LocalDate newPlannedEnd) {
        return store.get().inTransaction(tx -> {
            Placement placement = running(tx, id);
            List<ValidationProblem> problems = new ArrayList<>();
            if (newPlannedEnd == null) {
                problems.add(ValidationProblem.of(PlacementValidator.PLANNED_END, ValidationMessage.REQUIRED));
            }
            RefusedException.throwIfAny(problems);
            Placement extended = placement.extendedTo(newPlannedEnd);
            RefusedException.throwIfAny(PlacementValidator.validate(extended));
            save(tx, extended);
            return extended;
        });
    }

    /** Closes a running placement on {@code lastDay} with a reason; its signals stop with it. */
    public Placement end(UUID id, LocalDate lastDay, PlacementEndReason reason, String note) {
        return store.get().inTransaction(tx -> {
            Placement placement = running(tx, id);
            List<ValidationProblem> problems = new ArrayList<>();
            if (lastDay == null) {
                problems.add(ValidationProblem.of(PlacementValidator.ACTUAL_END, ValidationMessage.REQUIRED));
            }
            if (reason == null) {
                problems.add(ValidationProblem.of(PlacementValidator.END_REASON, ValidationMessage.REQUIRED));
            }
            RefusedException.throwIfAny(problems);
            Placement ended = placement.endedOn(lastDay, reason, note);
            RefusedException.throwIfAny(PlacementValidator.validate(ended));
            save(tx, ended);
            return ended;
        });
    }

    /**
     * Turns a running proefplaatsing into a dienstverband from {@code contractStart}: the trial ends the day
     * before (overgegaan in contract) and keeps its history; the contract is a new placement with the id the form
     * fixed when it opened, linked to the trial, with the trial's buddies. Retrying after the contract was stored
     * returns it as it is.
     */
    public Conversion convertToDienstverband(UUID trialId, UUID contractId, LocalDate contractStart,
                                             LocalDate contractEnd, double hoursPerWeek) {
        return store.get().inTransaction(tx -> {
            var done = tx.find(PlacementMapping.TABLE, contractId);
            if (done.isPresent()) {
                return new Conversion(stored(tx, trialId), done.get());
            }
            Placement trial = running(tx, trialId);
            List<ValidationProblem> problems = new ArrayList<>();
            if (trial.type() != PlacementType.PROEFPLAATSING) {
                problems.add(ValidationProblem.of(PlacementValidator.TYPE, ValidationMessage.PLACEMENT_NOT_A_TRIAL));
            }
            if (contractStart == null) {
                problems.add(ValidationProblem.of(PlacementValidator.START, ValidationMessage.REQUIRED));
            } else if (!contractStart.isAfter(trial.start())) {
                problems.add(ValidationProblem.of(PlacementValidator.START, ValidationMessage.CONTRACT_BEFORE_TRIAL));
            }
            RefusedException.throwIfAny(problems);
            Placement ended = trial.endedOn(contractStart.minusDays(1), PlacementEndReason.OVERGEGAAN_IN_CONTRACT,
                    trial.endNote());
            Placement contract = trial.contractAfter(contractId, contractStart, contractEnd, hoursPerWeek);
            RefusedException.throwIfAny(PlacementValidator.validate(contract));
            save(tx, ended);
            save(tx, contract);
            for (EmployerContact c : tx.findBy(EmployerContactMapping.TABLE, "placement_id", trialId,
                    Tables.EMPLOYER_CONTACT.ROLE.asc())) {
                step.before("employer_contact");
                tx.save(EmployerContactMapping.TABLE, new EmployerContact(RecordIds.next(), contractId, c.name(),
                        c.role(), c.phone(), c.email(), c.availability(), c.notes(), c.lastContact()));
            }
            return new Conversion(ended, contract);
        });
    }

    /**
     * Records one loonwaarde measurement and brings the placement's summary (latest percentage, date, next date,
     * loonkostensubsidie) up to the newest measurement, in one transaction. Saving the same id again updates it.
     */
    public Placement recordLoonwaarde(LoonwaardeMeasurement measurement) {
        RefusedException.throwIfAny(LoonwaardeValidator.validate(measurement));
        return store.get().inTransaction(tx -> {
            Placement placement = stored(tx, measurement.placementId());
            step.before("loonwaarde_measurement");
            tx.save(LoonwaardeMapping.TABLE, measurement);
            LoonwaardeMeasurement latest = tx.findBy(LoonwaardeMapping.TABLE, "placement_id", placement.id(),
                    Tables.LOONWAARDE_MEASUREMENT.MEASURED_ON.desc(), Tables.LOONWAARDE_MEASUREMENT.UPDATED_AT.desc())
                    .get(0);
            Placement summarised = placement.withLatestLoonwaarde(latest);
            save(tx, summarised);
            return summarised;
        });
    }

    private void save(RecordTransaction tx, Placement placement) {
        step.before("placement");
        tx.save(PlacementMapping.TABLE, placement);
    }

    private static Placement stored(RecordTransaction tx, UUID id) {
        return tx.find(PlacementMapping.TABLE, id).orElseThrow(() -> new StoreException(
                "Deze plaatsing bestaat niet meer (misschien verwijderd op een ander apparaat). Open de kandidaat "
                        + "opnieuw."));
    }

    private static Placement running(RecordTransaction tx, UUID id) {
        Placement placement = stored(tx, id);
        if (placement.isEnded()) {
            throw new RefusedException(List.of(ValidationProblem.of(PlacementValidator.ACTUAL_END,
                    ValidationMessage.PLACEMENT_ALREADY_ENDED)));
        }
        return placement;
    }
}
