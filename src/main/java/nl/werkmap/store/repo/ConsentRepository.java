package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.Consent;
import nl.werkmap.store.SaveOutcome;

import nl.werkmap.store.jooq.Tables;

/** Consent decisions (AVG) per candidate and purpose. */
public final class ConsentRepository {

    private final TableAccess<Consent> access;

    public ConsentRepository(StoreContext context) {
        this.access = new TableAccess<>(context, ConsentMapping.TABLE);
    }

    /** Inserts or updates in its own transaction; logs only the fields that changed. */
    public SaveOutcome save(Consent value) {
        return access.save(value);
    }

    /** Saves all (insert or update) in one transaction: all of them or none. */
    public void saveAll(List<Consent> values) {
        access.saveAll(values);
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<Consent> values) {
        access.insertAll(values);
    }

    /** The live row, if there is one (tombstoned rows are not found). */
    public Optional<Consent> find(UUID id) {
        return access.find(id);
    }

    /** Marks the row deleted: it disappears from reads and the deletion syncs. False if there was no live row. */
    public boolean tombstone(UUID id) {
        return access.tombstone(id);
    }

    /** All consent decisions of a candidate, oldest first; the latest per purpose holds. */
    public List<Consent> forCandidate(UUID candidateId) {
        return access.findBy("candidate_id", candidateId, Tables.CONSENT.DECIDED_ON.asc(),
                Tables.CONSENT.UPDATED_AT.asc());
    }
}
