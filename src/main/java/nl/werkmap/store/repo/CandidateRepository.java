package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.Candidate;
import nl.werkmap.store.SaveOutcome;

/** Candidates: the person, register data, profile, mobility and school. Caseload lists come from {@link nl.werkmap.store.caseload.CaseloadQuery}. */
public final class CandidateRepository {

    private final StoreContext context;
    private final TableAccess<Candidate> access;

    public CandidateRepository(StoreContext context) {
        this.context = context;
        this.access = new TableAccess<>(context, CandidateMapping.TABLE);
    }

    /** Inserts or updates in its own transaction; logs only the fields that changed. */
    public SaveOutcome save(Candidate value) {
        return access.save(value);
    }

    /** Saves all (insert or update) in one transaction: all of them or none. */
    public void saveAll(List<Candidate> values) {
        access.saveAll(values);
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<Candidate> values) {
        access.insertAll(values);
    }

    /** The live row, if there is one (tombstoned rows are not found). */
    public Optional<Candidate> find(UUID id) {
        return access.find(id);
    }

    /**
     * Marks the candidate deleted together with their placements (and those placements' employer contacts),
     * sessions, plan goals and actions, measurements and consents, in one transaction, each deletion change-logged
     * so it syncs. False if there was no live candidate; then nothing is touched.
     */
    public boolean tombstone(UUID id) {
        return CandidateTombstone.tombstone(context, id);
    }
}
