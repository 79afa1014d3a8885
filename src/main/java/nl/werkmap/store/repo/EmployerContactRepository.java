package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.EmployerContact;
import nl.werkmap.store.SaveOutcome;

import nl.werkmap.store.jooq.Tables;

/** Buddies, leidinggevenden and other contacts at the employer, per placement. */
public final class EmployerContactRepository {

    private final TableAccess<EmployerContact> access;

    public EmployerContactRepository(StoreContext context) {
        this.access = new TableAccess<>(context, EmployerContactMapping.TABLE);
    }

    /** Inserts or updates in its own transaction; logs only the fields that changed. */
    public SaveOutcome save(EmployerContact value) {
        return access.save(value);
    }

    /** Saves all (insert or update) in one transaction: all of them or none. */
    public void saveAll(List<EmployerContact> values) {
        access.saveAll(values);
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<EmployerContact> values) {
        access.insertAll(values);
    }

    /** The live row, if there is one (tombstoned rows are not found). */
    public Optional<EmployerContact> find(UUID id) {
        return access.find(id);
    }

    /** Marks the row deleted: it disappears from reads and the deletion syncs. False if there was no live row. */
    public boolean tombstone(UUID id) {
        return access.tombstone(id);
    }

    /** The people at the employer around one placement, by role. */
    public List<EmployerContact> forPlacement(UUID placementId) {
        return access.findBy("placement_id", placementId, Tables.EMPLOYER_CONTACT.ROLE.asc());
    }
}
