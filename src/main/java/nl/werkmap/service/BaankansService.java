package nl.werkmap.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.domain.match.BaankansValidator;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.repo.BaankansMapping;
import nl.werkmap.store.repo.EmployerMapping;

/**
 * Saving a baankans: checked first (an employer, a title, known codes, hours that make sense), then written with its
 * change-log entries in one transaction. An employer that is not (or no longer) in the caseload is refused too, so
 * a baankans never points at nothing.
 */
public final class BaankansService {

    private final Supplier<CaseloadStore> store;

    public BaankansService(Supplier<CaseloadStore> store) {
        this.store = Objects.requireNonNull(store);
    }

    public void save(Baankans baankans) {
        RefusedException.throwIfAny(BaankansValidator.validate(baankans));
        store.get().inTransaction(tx -> {
            if (tx.find(EmployerMapping.TABLE, baankans.employerId()).isEmpty()) {
                List<ValidationProblem> problems = new ArrayList<>();
                problems.add(new ValidationProblem(BaankansValidator.EMPLOYER, BaankansValidator.EMPLOYER_REQUIRED));
                throw new RefusedException(problems);
            }
            tx.save(BaankansMapping.TABLE, baankans);
            return null;
        });
    }

    /**
     * Ends a baankans (ingevuld or vervallen) or opens it again; only open ones are matched.
     *
     * @return the baankans as it was, for the undo ({@link #restore})
     */
    public Baankans changeStatus(UUID id, BaankansStatus status) {
        return store.get().inTransaction(tx -> {
            Baankans was = tx.find(BaankansMapping.TABLE, id).orElseThrow(() -> gone());
            tx.save(BaankansMapping.TABLE, was.withStatus(status));
            return was;
        });
    }

    /**
     * Deletes a baankans: a change-logged tombstone that syncs to the team.
     *
     * @return the baankans as it was, for the undo ({@link #restore})
     */
    public Baankans delete(UUID id) {
        return store.get().inTransaction(tx -> {
            Baankans was = tx.find(BaankansMapping.TABLE, id).orElseThrow(() -> gone());
            tx.tombstone(BaankansMapping.TABLE, id);
            return was;
        });
    }

    /** Undo of a delete or a status change: the baankans comes back exactly as it was, in one transaction. */
    public void restore(Baankans was) {
        store.get().inTransaction(tx -> tx.save(BaankansMapping.TABLE, was));
    }

    private static IllegalStateException gone() {
        return new IllegalStateException("Deze baankans bestaat niet meer; misschien is hij al verwijderd.");
    }
}
