package nl.werkmap.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import nl.werkmap.domain.match.Baankans;
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
}
