package nl.werkmap.service;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.Employer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.repo.EmployerMapping;
import nl.werkmap.store.repo.PlacementMapping;

/**
 * Deleting an employer and undoing it. The check that no placement runs there and the tombstone are one
 * transaction: a placement synced in (or made in another window) between a separate check and the delete would
 * otherwise be left at a deleted employer.
 */
public final class EmployerService {

    private final Supplier<CaseloadStore> store;

    public EmployerService(Supplier<CaseloadStore> store) {
        this.store = Objects.requireNonNull(store);
    }

    /** Refused: placements still run at the employer (also one that starts later); nothing was written. */
    public static final class StillPlaced extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long running;

        StillPlaced(long running) {
            super("Werkgever niet verwijderd: er lopen nog " + running + " plaatsingen");
            this.running = running;
        }

        public long running() {
            return running;
        }
    }

    /**
     * Tombstones the employer (change-logged, synced) unless a placement there has not been ended.
     *
     * @return the employer as it was, for the undo ({@link #restore})
     * @throws StillPlaced with the number of running placements; nothing is written
     * @throws IllegalStateException when the employer is gone already (deleted elsewhere)
     */
    public Employer delete(UUID employerId) {
        return store.get().inTransaction(writes -> {
            Employer was = writes.find(EmployerMapping.TABLE, employerId).orElseThrow(() ->
                    new IllegalStateException("Deze werkgever bestaat niet meer; misschien is hij al verwijderd."));
            long running = writes.findBy(PlacementMapping.TABLE, "employer_id", employerId).stream()
                    .filter(p -> !p.isEnded()).count();
            if (running > 0) {
                throw new StillPlaced(running);
            }
            writes.tombstone(EmployerMapping.TABLE, employerId);
            return was;
        });
    }

    /** Undo of a delete: the employer comes back as it was, in one change-logged transaction. */
    public SaveOutcome restore(Employer employer) {
        return store.get().inTransaction(writes -> writes.save(EmployerMapping.TABLE, employer));
    }
}
