package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.Placement;
import nl.werkmap.store.SaveOutcome;

import nl.werkmap.store.jooq.Tables;

/** Placements: a candidate's job, trial or work-experience place at an employer. */
public final class PlacementRepository {

    private final TableAccess<Placement> access;

    public PlacementRepository(StoreContext context) {
        this.access = new TableAccess<>(context, PlacementMapping.TABLE);
    }

    /** Inserts or updates in its own transaction; logs only the fields that changed. */
    public SaveOutcome save(Placement value) {
        return access.save(value);
    }

    /** Saves all (insert or update) in one transaction: all of them or none. */
    public void saveAll(List<Placement> values) {
        access.saveAll(values);
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<Placement> values) {
        access.insertAll(values);
    }

    /** The live row, if there is one (tombstoned rows are not found). */
    public Optional<Placement> find(UUID id) {
        return access.find(id);
    }

    /** Marks the row deleted: it disappears from reads and the deletion syncs. False if there was no live row. */
    public boolean tombstone(UUID id) {
        return access.tombstone(id);
    }

    /** A candidate's placements, newest start first. */
    public List<Placement> forCandidate(UUID candidateId) {
        return access.findBy("candidate_id", candidateId, Tables.PLACEMENT.START_DATE.desc());
    }

    /** The placements at an employer, newest start first. */
    public List<Placement> atEmployer(UUID employerId) {
        return access.findBy("employer_id", employerId, Tables.PLACEMENT.START_DATE.desc());
    }
}
