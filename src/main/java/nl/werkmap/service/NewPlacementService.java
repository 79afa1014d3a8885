package nl.werkmap.service;

import java.util.function.Supplier;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.Placement;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.repo.EmployerContactMapping;
import nl.werkmap.store.repo.EmployerMapping;
import nl.werkmap.store.repo.PlacementMapping;

/**
 * Placing a candidate: a new employer (when the coach typed a name instead of choosing one), the placement and the
 * buddy there, written as one user action. The form fixes all three ids when it opens, so a retry after a failure
 * updates the same rows instead of making a second employer.
 */
public final class NewPlacementService {

    private final Supplier<CaseloadStore> store;
    private final WriteStep step;

    public NewPlacementService(Supplier<CaseloadStore> store) {
        this(store, WriteStep.NONE);
    }

    NewPlacementService(Supplier<CaseloadStore> store, WriteStep step) {
        this.store = store;
        this.step = step;
    }

    /**
     * @param newEmployer the employer to create, or null when the placement is at an existing one
     * @param buddy       the buddy at the workplace, or null
     */
    public void place(Employer newEmployer, Placement placement, EmployerContact buddy) {
        store.get().inTransaction(tx -> {
            if (newEmployer != null) {
                step.before("employer");
                tx.save(EmployerMapping.TABLE, newEmployer);
            }
            step.before("placement");
            tx.save(PlacementMapping.TABLE, placement);
            if (buddy != null) {
                step.before("employer_contact");
                tx.save(EmployerContactMapping.TABLE, buddy);
            }
            return null;
        });
    }
}
