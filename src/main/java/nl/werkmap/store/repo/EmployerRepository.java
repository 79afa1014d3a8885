package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.Employer;
import nl.werkmap.store.SaveOutcome;

import nl.werkmap.store.jooq.Tables;

/** Employers where candidates are placed. */
public final class EmployerRepository {

    private final TableAccess<Employer> access;

    public EmployerRepository(StoreContext context) {
        this.access = new TableAccess<>(context, EmployerMapping.TABLE);
    }

    /** Inserts or updates in its own transaction; logs only the fields that changed. */
    public SaveOutcome save(Employer value) {
        return access.save(value);
    }

    /** Saves all (insert or update) in one transaction: all of them or none. */
    public void saveAll(List<Employer> values) {
        access.saveAll(values);
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<Employer> values) {
        access.insertAll(values);
    }

    /** The live row, if there is one (tombstoned rows are not found). */
    public Optional<Employer> find(UUID id) {
        return access.find(id);
    }

    /** Marks the row deleted: it disappears from reads and the deletion syncs. False if there was no live row. */
    public boolean tombstone(UUID id) {
        return access.tombstone(id);
    }

    /** All employers, by name. */
    public List<Employer> all() {
        return access.findAll(Tables.EMPLOYER.NAME.asc());
    }
}
