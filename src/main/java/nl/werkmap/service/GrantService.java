package nl.werkmap.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.validation.GrantValidator;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.StoreException;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.repo.GrantMapping;
import nl.werkmap.store.repo.PlacementMapping;

/**
 * Recording a toekenning (jobcoach grant) for a placement and half year. One transaction per action: the grant is
 * checked on its own ({@link GrantValidator}) and against the placement and its other grants (no two grants may
 * cover the same day), then written and change-logged; refused with {@link RefusedException}, nothing written.
 */
public final class GrantService {

    private final Supplier<CaseloadStore> store;
    private final WriteStep step;

    public GrantService(Supplier<CaseloadStore> store) {
        this(store, WriteStep.NONE);
    }

    GrantService(Supplier<CaseloadStore> store, WriteStep step) {
        this.store = store;
        this.step = step;
    }

    /** Saves a new grant or a correction of one (same id). */
    public SaveOutcome save(JobcoachGrant grant) {
        RefusedException.throwIfAny(GrantValidator.validate(grant));
        return store.get().inTransaction(tx -> {
            Placement placement = tx.find(PlacementMapping.TABLE, grant.placementId()).orElseThrow(
                    () -> new StoreException("Deze plaatsing bestaat niet meer (misschien verwijderd op een ander "
                            + "apparaat). Open de kandidaat opnieuw."));
            List<ValidationProblem> problems = new ArrayList<>();
            if (!placement.candidateId().equals(grant.candidateId())) {
                throw new IllegalArgumentException("toekenning en plaatsing horen bij verschillende kandidaten");
            }
            if (placement.start() != null && grant.lastDay().isBefore(placement.start())) {
                problems.add(new ValidationProblem(GrantValidator.PERIOD, GrantValidator.BEFORE_PLACEMENT));
            }
            for (JobcoachGrant other : tx.findBy(GrantMapping.TABLE, "placement_id", grant.placementId(),
                    Tables.JOBCOACH_GRANT.PERIOD.asc())) {
                if (!other.id().equals(grant.id()) && other.overlaps(grant)) {
                    problems.add(new ValidationProblem(GrantValidator.PERIOD, GrantValidator.OVERLAP));
                    break;
                }
            }
            RefusedException.throwIfAny(problems);
            step.before("jobcoach_grant");
            return tx.save(GrantMapping.TABLE, grant);
        });
    }

    /** Deletes the grant (a tombstone that syncs). */
    public boolean delete(UUID grantId) {
        return store.get().inTransaction(tx -> tx.tombstone(GrantMapping.TABLE, grantId));
    }
}
