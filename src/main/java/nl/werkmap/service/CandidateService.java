package nl.werkmap.service;

import java.util.List;
import java.util.function.Supplier;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Consent;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.repo.CandidateMapping;
import nl.werkmap.store.repo.ConsentMapping;

/**
 * Saving a candidate's profile with its consent decisions as one user action: a consent never lands without its
 * candidate, and a failed save leaves neither. Consent ids are fixed by the form, so a retry updates, not adds.
 */
public final class CandidateService {

    private final Supplier<CaseloadStore> store;
    private final WriteStep step;

    public CandidateService(Supplier<CaseloadStore> store) {
        this(store, WriteStep.NONE);
    }

    CandidateService(Supplier<CaseloadStore> store, WriteStep step) {
        this.store = store;
        this.step = step;
    }

    public void save(Candidate candidate, List<Consent> consents) {
        store.get().inTransaction(tx -> {
            step.before("candidate");
            tx.save(CandidateMapping.TABLE, candidate);
            for (Consent consent : consents) {
                step.before("consent");
                tx.save(ConsentMapping.TABLE, consent);
            }
            return null;
        });
    }
}
