package nl.werkmap.store.repo;

import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.store.jooq.Tables;

/**
 * Toekenningen per placement, for reading. Saving one checks it against the placement's other grants, so it goes
 * through the grant service in one transaction, never on its own.
 */
public final class GrantRepository {

    private final TableAccess<JobcoachGrant> access;

    public GrantRepository(StoreContext context) {
        this.access = new TableAccess<>(context, GrantMapping.TABLE);
    }

    /** A placement's grants, oldest period first. */
    public List<JobcoachGrant> forPlacement(UUID placementId) {
        return access.findBy("placement_id", placementId, Tables.JOBCOACH_GRANT.PERIOD.asc(),
                Tables.JOBCOACH_GRANT.COVERED_FROM.asc());
    }

    /** A candidate's grants on all placements, oldest period first. */
    public List<JobcoachGrant> forCandidate(UUID candidateId) {
        return access.findBy("candidate_id", candidateId, Tables.JOBCOACH_GRANT.PERIOD.asc(),
                Tables.JOBCOACH_GRANT.COVERED_FROM.asc());
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<JobcoachGrant> grants) {
        access.insertAll(grants);
    }
}
